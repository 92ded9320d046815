/** Adds `value` to the list under `key`, starting the list when there is none; a list already `most` long is left as it is. */
export function addUnder<K, V>(map: Map<K, V[]>, key: K, value: V, most = Infinity): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.length < most) list.push(value);
}
