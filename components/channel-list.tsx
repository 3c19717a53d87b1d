import type { ChannelId } from '@/content/ids';
import type { LocaleContent } from '@/content/types';

export type ChannelListProps = { ids: readonly ChannelId[]; content: LocaleContent };

/** Where to call or go: each number a tel: link, with what to prepare and when to expect an answer. */
export function ChannelList({ ids, content }: ChannelListProps) {
  const { ui } = content;
  return (
    <ul className="channels">
      {ids.map((id) => {
        const channel = content.channels[id];
        return (
          <li key={id} className="channel" data-channel={id}>
            <p className="channel-name">
              {channel.tel ? (
                <a
                  className="tel"
                  href={`tel:${channel.tel}`}
                  aria-label={`${ui.callButton(channel.telLabel ?? channel.tel)}：${channel.name}`}
                >
                  {channel.telLabel ?? channel.tel}
                </a>
              ) : null}{' '}
              <strong>{channel.name}</strong>
              {channel.reach && <span className="reach">（{channel.reach}）</span>}
            </p>
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
          </li>
        );
      })}
    </ul>
  );
}
