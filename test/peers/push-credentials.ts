import { generateKeyPairSync } from "node:crypto";

// Credentials for the push peers, made fresh each run (nothing secret is committed): the Worker
// gets the private halves as its secrets (vitest.config.ts), the peers verify with the public ones.

const b64url = (bytes: Buffer) => bytes.toString("base64url");

const apns = generateKeyPairSync("ec", { namedCurve: "P-256" });
export const APNS_TEST_CREDENTIALS = {
  keyId: "PEERKEY001",
  teamId: "PEERTEAM01",
  privateKeyPem: apns.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  publicKey: apns.publicKey,
};

const fcm = generateKeyPairSync("rsa", { modulusLength: 2048 });
export const FCM_TEST_ACCOUNT = {
  type: "service_account",
  project_id: "big-peer-project",
  private_key_id: "peer-key-1",
  private_key: fcm.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  client_email: "push@big-peer-project.iam.gserviceaccount.com",
  token_uri: "https://oauth.test/token",
};
export const FCM_TEST_PUBLIC_KEY = fcm.publicKey;

const vapid = generateKeyPairSync("ec", { namedCurve: "P-256" });
const vapidJwk = vapid.privateKey.export({ format: "jwk" });
export const VAPID_TEST_KEYS = {
  publicKey: b64url(
    Buffer.concat([
      Buffer.from([4]),
      Buffer.from(vapidJwk.x ?? "", "base64url"),
      Buffer.from(vapidJwk.y ?? "", "base64url"),
    ]),
  ),
  privateKey: vapidJwk.d ?? "",
};
