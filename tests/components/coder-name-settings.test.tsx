import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CoderNameSettings } from '../../src/components/coder-name-settings';
import { codersRepo } from '../../src/db/coders-repo';

describe('Your coder name', () => {
  it('keeps what the user typed before the coders were read, and says the name it saved', async () => {
    // The coders arrive late, as on a slow start.
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const list = codersRepo.list.bind(codersRepo);
    const spy = vi.spyOn(codersRepo, 'list').mockImplementation(async () => {
      await arrived;
      return list();
    });
    render(<CoderNameSettings />);
    const field = screen.getByRole('textbox', { name: 'Your coder name' });
    fireEvent.change(field, { target: { value: 'Dana' } });
    release();
    await waitFor(() => expect(spy).toHaveBeenCalled());
    // The stored name ("Coder 1") came in after the typing: the field keeps "Dana".
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(field).toHaveValue('Dana');
    spy.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: you code as Dana.');
    expect((await codersRepo.list())[0]?.name).toBe('Dana');
  });
});
