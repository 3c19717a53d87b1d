import zhCN from '@/content/zh-CN';

const { ui } = zhCN;

/** The landing page: what Doorstep is for, a large Start button, and the 110 button (in the layout). */
export default function LandingPage() {
  return (
    <div className="landing">
      <h1>{ui.appTagline}</h1>
      <p className="lead">{ui.landingLead}</p>
      <p>{ui.landingPrivacy}</p>
      <a className="button button-primary button-large" href="/guide?v=1">
        {ui.start}
      </a>
    </div>
  );
}
