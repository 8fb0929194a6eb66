// Shared by the push peers (APNs, FCM, Web Push): JSON answers and one-shot planted failures.

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** What a test asks a peer to answer next for one device: a status, a body, maybe Retry-After. */
export type PlantedFailure = { status: number; body?: unknown; retryAfter?: string; times?: number };

export class FailurePlan {
  private readonly planned = new Map<string, PlantedFailure>();

  plant(key: string, failure: PlantedFailure) {
    this.planned.set(key, { times: 1, ...failure });
  }

  /** The failure planted for this device, used up once per answer. */
  take(key: string): Response | null {
    const failure = this.planned.get(key);
    if (!failure) return null;
    const times = (failure.times ?? 1) - 1;
    if (times <= 0) this.planned.delete(key);
    else this.planned.set(key, { ...failure, times });
    return json(failure.status, failure.body ?? {}, failure.retryAfter ? { "retry-after": failure.retryAfter } : {});
  }
}

/** Per device: what the peer accepted, oldest first. */
export class Inbox<T> {
  private readonly byKey = new Map<string, T[]>();

  add(key: string, item: T) {
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), item]);
  }

  of(key: string): T[] {
    return this.byKey.get(key) ?? [];
  }
}

/** `POST /__peer/fail {key, ...failure}` and `GET /__peer/received?key=…`: the test's controls. */
export async function peerControls<T>(
  request: Request,
  url: URL,
  failures: FailurePlan,
  inbox: Inbox<T>,
): Promise<Response | null> {
  if (url.pathname === "/__peer/fail" && request.method === "POST") {
    const { key, ...failure } = (await request.json()) as { key: string } & PlantedFailure;
    failures.plant(key, failure);
    return json(200, { ok: true });
  }
  if (url.pathname === "/__peer/received" && request.method === "GET") {
    return json(200, { received: inbox.of(url.searchParams.get("key") ?? "") });
  }
  return null;
}
