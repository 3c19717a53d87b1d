import type { CallLine } from '@/content/schema';

export type CallButtonsProps<Id extends string> = { ids: readonly Id[]; channels: Record<Id, CallLine> };

/** Large call buttons, number first: the emergency, crisis, support and family screens. */
export function CallButtons<Id extends string>({ ids, channels }: CallButtonsProps<Id>) {
  return (
    <div className="calls">
      {ids.map((id) => {
        const channel = channels[id];
        return (
          channel.tel && (
            <a key={id} className="button button-call" href={`tel:${channel.tel}`}>
              <span className="call-number">{channel.telLabel ?? channel.tel}</span>
              <span className="call-name">{channel.name}</span>
            </a>
          )
        );
      })}
    </div>
  );
}
