import type { NowAction } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';

export type NowCardProps = { actions: readonly NowAction[]; content: LocaleContent };

/** The plan's first card: at most three numbered things to do now, each with its number to call. */
export function NowCard({ actions, content }: NowCardProps) {
  const { ui, channels } = content;
  return (
    <section className="now-card" data-now="" aria-labelledby="now-title">
      <h2 id="now-title">{ui.nowTitle}</h2>
      <ol>
        {actions.map(({ block, text, call }) => {
          const channel = call ? channels[call] : undefined;
          return (
            <li key={block.id} data-now-block={block.id}>
              <span>{text}</span>
              {channel?.tel && (
                <a className="button button-call now-call" href={`tel:${channel.tel}`}>
                  {ui.callButton(channel.telLabel ?? channel.tel)}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
