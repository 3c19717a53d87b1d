import { notFound } from 'next/navigation';

/** Unknown /en/… paths get the English 404 (the global one is bilingual). */
export default function EnglishMissing() {
  notFound();
}
