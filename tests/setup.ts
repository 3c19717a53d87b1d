import '@testing-library/jest-dom';

// jsdom has no canvas: say so quietly (the QR code then draws as an SVG image, as it does in such browsers).
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}
