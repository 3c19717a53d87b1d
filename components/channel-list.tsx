import type { ChannelId } from '@/content/ids';
import type { LocaleContent } from '@/content/types';

export type ChannelListProps = {
  ids: readonly ChannelId[];
  content: LocaleContent;
  /** Channels whose full card is shown here (once in the plan, under Complain); the rest are compact. */
  full?: ReadonlySet<ChannelId>;
};

/** Where to call or go: a compact tel: link with its name, or the full card with what to prepare and when. */
export function ChannelList({ ids, content, full }: ChannelListProps) {
  const { ui } = content;
  return (
    <ul className="channels">
      {ids.map((id) => {
        const channel = content.channels[id];
        const number = channel.telLabel ?? channel.tel;
        const card = full?.has(id) ?? false;
        return (
          <li key={id} className={card ? 'channel' : 'channel channel-compact'} data-channel={id}>
            <p className="channel-name">
              {channel.tel && number ? (
                <a className="tel" href={`tel:${channel.tel}`} aria-label={ui.callChannel(number, channel.name)}>
                  {number}
                </a>
              ) : null}{' '}
              <strong>{channel.name}</strong>
            </p>
            {!card && !channel.tel && channel.reach && <p className="reach">{channel.reach}</p>}
            {card && (
              <>
                {channel.reach && <p>{channel.reach}</p>}
                <p>{channel.handles}</p>
                <p>
                  <span className="label">{ui.channelPrepare}</span>
                  {channel.prepare}
                </p>
                {channel.responseTime && (
                  <p>
                    <span className="label">{ui.channelResponse}</span>
                    {channel.responseTime}
                  </p>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
