import { act, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { track, useSettled } from '../../src/hooks/use-settled';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error}</p> : this.props.children;
  }
}

function Shown({ tracked }: { tracked: ReturnType<typeof track<string>> }) {
  const value = useSettled(tracked);
  return <p>{value === undefined ? 'Waiting' : `Got ${value}`}</p>;
}

describe('useSettled', () => {
  it('renders its own waiting state, never a Suspense fallback, then the value', async () => {
    const { promise, resolve } = deferred<string>();
    const tracked = track(promise);
    render(
      <Suspense fallback={<p>Fallback</p>}>
        <Shown tracked={tracked} />
      </Suspense>,
    );
    expect(screen.getByText('Waiting')).toBeInTheDocument();
    expect(screen.queryByText('Fallback')).not.toBeInTheDocument();
    await act(async () => resolve('the module'));
    expect(screen.getByText('Got the module')).toBeInTheDocument();
  });

  it('has the value on the first render when the promise settled before it', async () => {
    const tracked = track(Promise.resolve('early'));
    await Promise.resolve();
    render(<Shown tracked={tracked} />);
    expect(screen.getByText('Got early')).toBeInTheDocument();
  });

  it('throws a rejection to the nearest error boundary', async () => {
    const { promise, reject } = deferred<string>();
    const tracked = track(promise);
    render(
      <Boundary>
        <Shown tracked={tracked} />
      </Boundary>,
    );
    const quiet = console.error;
    console.error = () => {};
    try {
      await act(async () => reject(new Error('chunk missing')));
    } finally {
      console.error = quiet;
    }
    expect(screen.getByText('Failed: chunk missing')).toBeInTheDocument();
  });
});
