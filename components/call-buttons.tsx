import type { EmergencyLineId } from '@/content/ids';
import type { StepWords } from '@/content/types';

export type CallButtonsProps = { ids: readonly EmergencyLineId[]; channels: StepWords['channels'] };

/** Large call buttons, number first: the emergency, crisis and support screens. */
export function CallButtons({ ids, channels }: CallButtonsProps) {
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
