import { useEffect, useRef } from 'react';

interface Props {
  value: number;
  max?: number;
  label: string;
  className?: string;
}

/**
 * A horizontal bar with the ARIA meter role. The fill's width is set from script after render,
 * never as a style attribute in server HTML, which the site's Content-Security-Policy forbids.
 */
export default function Meter({ value, max = 100, label, className = '' }: Props) {
  const fill = useRef<HTMLSpanElement>(null);
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  useEffect(() => {
    if (fill.current) fill.current.style.width = `${share * 100}%`;
  }, [share]);
  return (
    <span
      className={`meter ${className}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.round(value)}
      data-level={share > 0.5 ? 'high' : share > 0.25 ? 'mid' : 'low'}
    >
      <span ref={fill} />
    </span>
  );
}
