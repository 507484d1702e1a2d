import { deserialize, serialize } from 'node:v8';

/**
 * Values as base64 of V8's structured serialization: exact for every double (−0, NaN and the
 * bits of each figure survive, which JSON would not guarantee), and a string, which is what a
 * BullMQ job's data and return value can hold.
 */
export function encodeWire(value: unknown): string {
  return serialize(value).toString('base64');
}

export function decodeWire<T>(text: string): T {
  return deserialize(Buffer.from(text, 'base64')) as T;
}
