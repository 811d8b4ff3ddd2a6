import type { LookupFunction } from 'node:net';
import { isAllowedAddress, type Resolver } from './address-guard';
import { FetchError } from './fetch-error';

/**
 * A `lookup` for node:net that resolves the host once, checks every address it got, and hands
 * the socket exactly the checked address: the connection cannot go elsewhere (DNS rebinding).
 * A host with any private address is refused unless private hosts are allowed.
 */
export function pinnedLookup(resolve: Resolver, allowPrivateHosts: boolean, isAllowed = isAllowedAddress): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new FetchError('dns', `${hostname} has no addresses`);
        const blocked = allowPrivateHosts ? undefined : addresses.find((a) => !isAllowed(a.address));
        if (blocked) {
          throw new FetchError('private-address', `the address ${blocked.address} of ${hostname} is on a private network`, {
            address: blocked.address,
          });
        }
        const wanted =
          options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const chosen = wanted.length > 0 ? wanted : addresses;
        if (options.all) callback(null, chosen);
        else {
          const [first] = chosen;
          if (!first) throw new FetchError('dns', `${hostname} has no addresses`);
          callback(null, first.address, first.family);
        }
      })
      .catch((error: unknown) => {
        const failure =
          error instanceof FetchError ? error : new FetchError('dns', `could not resolve ${hostname}: ${messageOf(error)}`);
        callback(failure as NodeJS.ErrnoException, '', 0);
      });
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
