/** Wraps an async submit handler so the browser never performs a full-page form post. */
export function handleSubmit(run: () => Promise<unknown>) {
  return (event: { preventDefault: () => void }) => {
    event.preventDefault();
    void run();
  };
}
