// Signs a bench user in through a test number (AUTH_TEST_NUMBERS) and returns its tokens.
import { benchFetch } from "./fetch.mjs";
export const BENCH_PHONE = "+12015550188";
export const BENCH_CODE = "424242";

export async function signIn(baseUrl, phone = BENCH_PHONE, code = BENCH_CODE) {
  const post = async (path, body) => {
    const res = await benchFetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (!json.success) throw new Error(`${path}: ${res.status} ${JSON.stringify(json.error)}`);
    return json.data;
  };
  await post("/api/v1/auth/code", { phone });
  return post("/api/v1/auth/verify", { phone, code, device: { name: "bench", platform: "other" } });
}
