// Inbox collects what a subscription delivers so that a test can wait for the
// next item (or an error) with a deadline, instead of sleeping.

export class Inbox {
  #items = [];
  #waiters = [];
  #error = null;

  /** push delivers a value to the oldest waiter, or keeps it. */
  push = (value) => {
    const w = this.#waiters.shift();
    if (w) w.resolve(value);
    else this.#items.push(value);
  };

  /** fail makes every current and later wait reject with err (once the kept values are taken). */
  fail = (err) => {
    this.#error = err;
    for (const w of this.#waiters.splice(0)) w.reject(err);
  };

  /** next resolves with the next value, or rejects after ms milliseconds naming what was awaited. */
  next(what, ms = 10_000) {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift());
    if (this.#error) return Promise.reject(this.#error);
    return new Promise((resolve, reject) => {
      const w = {
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(w), 1);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      this.#waiters.push(w);
    });
  }

  /** take resolves with the next n values. */
  async take(n, what, ms) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await this.next(`${what} (${i + 1} of ${n})`, ms));
    return out;
  }
}
