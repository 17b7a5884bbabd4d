import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlParams } from '../../src/hooks/use-url-params';

/** Two checkboxes bound to `?tag=`, as Compare's tag picker is. */
function Picker() {
  const [params, setParams] = useUrlParams();
  const chosen = params.getAll('tag');
  const toggle = (id: string) => {
    const next = new URLSearchParams(params);
    next.delete('tag');
    for (const t of chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id])
      next.append('tag', t);
    setParams(next);
  };
  return (
    <>
      {['a', 'b'].map((id) => (
        <label key={id}>
          <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} />
          {id}
        </label>
      ))}
    </>
  );
}

describe('useUrlParams', () => {
  it('shows a change in the frame of the click, and a second quick click keeps the first', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Picker /> }], {
      initialEntries: ['/?x=1'],
    });
    render(<RouterProvider router={router} />);
    const a = screen.getByRole('checkbox', { name: 'a' });
    const b = screen.getByRole('checkbox', { name: 'b' });
    // Plain events, outside act(), so that the router's transition is not flushed at once: this
    // is the frame a user sees right after the click.
    const click = (box: HTMLElement) =>
      box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    click(a);
    expect(a).toBeChecked();
    click(b);
    expect(b).toBeChecked();
    await waitFor(() => expect(router.state.location.search).toBe('?x=1&tag=a&tag=b'));
    expect(a).toBeChecked();
    expect(b).toBeChecked();
    // Filters replace the history entry instead of adding pages to Back.
    expect(router.state.historyAction).toBe('REPLACE');
    // The URL from elsewhere (Back, a link) wins over the last click.
    await router.navigate('/?tag=b');
    await waitFor(() => expect(a).not.toBeChecked());
    expect(b).toBeChecked();
  });
});
