// fetch for the bench's clients. Node's fetch keeps idle connections open; when the server closes
// one just as it is reused (after a long autocannon part the bench's own pool sat idle), the
// request fails with "fetch failed … other side closed" before the server saw it. That used to
// end `npm run bench` after its HTTP part. Such a request is sent again on a fresh connection:
// every bench request may be repeated (sends carry a clientMessageId, sign-in codes repeat).
const ATTEMPTS = 3;

export async function benchFetch(url, init) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      // A TypeError is fetch's network failure; anything else (an HTTP answer) never gets here.
      if (!(error instanceof TypeError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
