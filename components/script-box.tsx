import type { ScriptContent } from '@/content/schema';

export type ScriptBoxProps = { script: ScriptContent; label: string; lang: string };

/** Words to say through the door, shown large so they can be read aloud in the dark. */
export function ScriptBox({ script, label, lang }: ScriptBoxProps) {
  return (
    <figure className="script">
      <figcaption>
        <span className="script-label">{label}</span> {script.title}
      </figcaption>
      <blockquote lang={lang}>
        {script.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </blockquote>
    </figure>
  );
}
