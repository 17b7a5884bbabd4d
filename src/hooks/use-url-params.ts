import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's URL parameters, with a change shown in the frame of the click that made it.
 *
 * The router applies a URL change in a transition, a frame or more later; a controlled checkbox
 * or select bound to the URL would snap back on the click's own frame and only then follow, and
 * a second click before the router caught up would build on the old URL and drop the first.
 * This keeps the last change made here until the router's parameters move on (see
 * docs/architecture.md, "URL state"). Changes replace the history entry: filters are not pages.
 */
export function useUrlParams(): [URLSearchParams, (next: URLSearchParams) => void] {
  const [urlParams, setUrlParams] = useSearchParams();
  const [changed, setChanged] = useState<{ from: URLSearchParams; next: URLSearchParams } | null>(
    null,
  );
  const params = changed && changed.from === urlParams ? changed.next : urlParams;
  const setParams = useCallback(
    (next: URLSearchParams) => {
      setChanged({ from: urlParams, next });
      setUrlParams(next, { replace: true });
    },
    [urlParams, setUrlParams],
  );
  return [params, setParams];
}
