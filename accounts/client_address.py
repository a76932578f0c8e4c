"""A person's network address, only ever kept as a keyed hash.

Rate limits need to tell one connection from another for as long as their
window lasts, never to know the address itself. The hash is keyed with
SECRET_KEY, so a cache dump cannot be reversed by hashing every IPv4 address.
An IPv6 address counts as its /64 network: one home or phone holds a whole
/64 and could otherwise step around a limit by changing address."""

import hashlib
import hmac
import ipaddress

from django.conf import settings

IPV6_NETWORK_PREFIX = 64


def network_of(address: str) -> str:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_NETWORK_PREFIX}", strict=False).network_address)
    return str(parsed)


def hashed(address: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), network_of(address).encode(), hashlib.sha256)
    return "addr-" + digest.hexdigest()[:32]
