import { describe, expect, it } from "vitest";
import { refuse } from "../outcome.ts";
import { ProfileCache, type UserRow } from "./profile.ts";

const row = (firstName: string): UserRow => ({
  id: "usr_a",
  phone: "+12015550100",
  first_name: firstName,
  last_name: "",
  username: null,
  bio: "",
  created_at: 1,
  updated_at: 1,
});

/** A D1 answer the test releases when it wants. */
function later<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe("the owner's row kept by the user's object", () => {
  it("reads D1 once, then answers from memory", async () => {
    const profile = new ProfileCache();
    let reads = 0;
    const load = async () => {
      reads += 1;
      return row("Ada");
    };
    const answers = await Promise.all([profile.read(load), profile.read(load)]);
    expect(await profile.read(load)).toEqual(row("Ada"));
    expect(answers).toEqual([row("Ada"), row("Ada")]);
    expect(reads).toBe(1);
  });

  it("answers a write's row afterwards, without reading D1 again", async () => {
    const profile = new ProfileCache();
    await profile.read(async () => row("Ada"));
    expect(await profile.write(async () => row("Grace"))).toEqual(row("Grace"));
    expect(await profile.read(async () => row("stale read"))).toEqual(row("Grace"));
  });

  it("never lets a read that started before a write put the older row back", async () => {
    const profile = new ProfileCache();
    const slowRead = later<UserRow>();
    const reading = profile.read(() => slowRead.promise);
    let wrote = false;
    const writing = profile.write(async () => {
      wrote = true;
      return row("Grace");
    });
    // The write waits for the read in flight: D1 sees them one after the other.
    await Promise.resolve();
    expect(wrote).toBe(false);
    slowRead.release(row("Ada"));
    expect(await reading).toEqual(row("Ada"));
    expect(await writing).toEqual(row("Grace"));
    expect(await profile.read(async () => row("stale read"))).toEqual(row("Grace"));
  });

  it("asks D1 again after a refused write, and after a failed read", async () => {
    const profile = new ProfileCache();
    await profile.read(async () => row("Ada"));
    await expect(
      profile.write(async () => {
        throw refuse.conflict("That username is taken", "USERNAME_TAKEN");
      }),
    ).rejects.toMatchObject({ code: "USERNAME_TAKEN" });
    expect(await profile.read(async () => row("as D1 has it"))).toEqual(row("as D1 has it"));

    const fresh = new ProfileCache();
    await expect(fresh.read(() => Promise.reject(new Error("D1 unavailable")))).rejects.toThrow("D1 unavailable");
    expect(await fresh.read(async () => row("Ada"))).toEqual(row("Ada"));
  });

  it("remembers that the account does not exist", async () => {
    const profile = new ProfileCache();
    let reads = 0;
    const load = async () => {
      reads += 1;
      return null;
    };
    expect(await profile.read(load)).toBeNull();
    expect(await profile.read(load)).toBeNull();
    expect(reads).toBe(1);
  });
});
