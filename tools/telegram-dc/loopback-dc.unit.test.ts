// The loopback DC against GramJS itself (in Node): handshakes over two transports, sign-in with
// the test-DC code convention, 2FA via GramJS's own SRP helper, send and history.
import { Api, TelegramClient } from "telegram";
import { PromisedNetSockets } from "telegram/extensions/index.js";
import { ConnectionTCPAbridged, ConnectionTCPFull } from "telegram/network/connection/index.js";
import { computeCheck } from "telegram/Password.js";
import { StringSession } from "telegram/sessions/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { big } from "../../durable/telegram/bigint.ts";
import { trustDcKey } from "../../durable/telegram/rsa.ts";
import { type LoopbackDc, startLoopbackDc } from "./server.ts";
import { TWO_FA_PASSWORD } from "./world.ts";

let dc: LoopbackDc;

beforeAll(async () => {
  dc = await startLoopbackDc();
  trustDcKey(dc.rsa.nHex);
});
afterAll(() => dc.close());

function client(connection: typeof ConnectionTCPFull = ConnectionTCPFull, session = "") {
  const port = dc.port;
  // GramJS dials port 80 whatever the session says: map it to the DC, as the Worker's socket does.
  class LoopbackSocket extends PromisedNetSockets {
    override connect(_port: number, ip: string) {
      return super.connect(port, ip);
    }
  }
  const stringSession = new StringSession(session);
  if (!session) stringSession.setDC(dc.dcId, dc.host, 443);
  const tg = new TelegramClient(stringSession, 1, "loopback", {
    connection,
    networkSocket: LoopbackSocket as never,
    connectionRetries: 3,
    retryDelay: 10,
    floodSleepThreshold: 0,
  });
  tg.setLogLevel("none" as never);
  (tg as unknown as { _loopStarted: boolean })._loopStarted = true;
  return tg;
}

async function signIn(tg: TelegramClient, phone: string) {
  const sent = (await tg.invoke(
    new Api.auth.SendCode({ phoneNumber: phone, apiId: 1, apiHash: "loopback", settings: new Api.CodeSettings({}) }),
  )) as Api.auth.SentCode;
  const code = (phone.replace(/\D/g, "")[5] ?? "0").repeat(5);
  return tg.invoke(new Api.auth.SignIn({ phoneNumber: phone, phoneCodeHash: sent.phoneCodeHash, phoneCode: code }));
}

describe("loopback Telegram DC", () => {
  it("completes 20 key exchanges in a row (connectionRetries absorbs GramJS's 1-in-256 nonce-hash bug)", async () => {
    for (let i = 0; i < 20; i++) {
      const tg = client();
      await tg.connect();
      expect(tg.connected).toBe(true);
      await tg.destroy();
    }
  }, 60_000);

  it("speaks the abridged transport too", async () => {
    const tg = client(ConnectionTCPAbridged as never);
    await tg.connect();
    const config = await tg.invoke(new Api.help.GetConfig());
    expect(config.thisDc).toBe(dc.dcId);
    await tg.destroy();
  });

  it("signs in with the test-DC code, sends, reads history, and keeps the login in the session string", async () => {
    const tg = client();
    await tg.connect();
    const auth = (await signIn(tg, "+9996611001")) as Api.auth.Authorization;
    expect((auth.user as Api.User).username).toBe("test9996611001");
    await tg.invoke(new Api.messages.SendMessage({ peer: new Api.InputPeerSelf(), message: "note", randomId: big(1) }));
    await expect(
      tg.invoke(new Api.messages.SendMessage({ peer: new Api.InputPeerSelf(), message: "note", randomId: big(1) })),
    ).rejects.toMatchObject({ errorMessage: "RANDOM_ID_DUPLICATE" });
    const saved = tg.session.save() as unknown as string;
    await tg.destroy();

    const again = client(ConnectionTCPFull, saved);
    await again.connect();
    const history = (await again.invoke(
      new Api.messages.GetHistory({ peer: new Api.InputPeerSelf(), limit: 10 }),
    )) as Api.messages.MessagesSlice;
    expect(history.messages.map((m) => (m as Api.Message).message)).toEqual(["note"]);
    await again.destroy();
  });

  it("refuses a wrong code and checks the 2FA password with SRP", async () => {
    const tg = client();
    await tg.connect();
    const sent = (await tg.invoke(
      new Api.auth.SendCode({ phoneNumber: "+9996619002", apiId: 1, apiHash: "x", settings: new Api.CodeSettings({}) }),
    )) as Api.auth.SentCode;
    await expect(
      tg.invoke(
        new Api.auth.SignIn({ phoneNumber: "+9996619002", phoneCodeHash: sent.phoneCodeHash, phoneCode: "12345" }),
      ),
    ).rejects.toMatchObject({ errorMessage: "PHONE_CODE_INVALID" });
    await expect(
      tg.invoke(
        new Api.auth.SignIn({ phoneNumber: "+9996619002", phoneCodeHash: sent.phoneCodeHash, phoneCode: "11111" }),
      ),
    ).rejects.toMatchObject({ errorMessage: "SESSION_PASSWORD_NEEDED" });

    const wrong = await tg.invoke(new Api.account.GetPassword());
    await expect(
      tg.invoke(new Api.auth.CheckPassword({ password: await computeCheck(wrong, "guess") })),
    ).rejects.toMatchObject({ errorMessage: "PASSWORD_HASH_INVALID" });
    const right = await tg.invoke(new Api.account.GetPassword());
    const auth = await tg.invoke(new Api.auth.CheckPassword({ password: await computeCheck(right, TWO_FA_PASSWORD) }));
    expect(auth).toBeInstanceOf(Api.auth.Authorization);
    await tg.destroy();
  }, 30_000);

  it("injects faults for one account only", async () => {
    dc.world.injectFault("updates.GetState", "FLOOD_WAIT_5", 1, "+9996611003");
    const tg = client();
    await tg.connect();
    await signIn(tg, "+9996611003");
    await expect(tg.invoke(new Api.updates.GetState())).rejects.toMatchObject({ seconds: 5 });
    const state = await tg.invoke(new Api.updates.GetState());
    expect(state.pts).toBeGreaterThan(0);
    await tg.destroy();
  });
});
