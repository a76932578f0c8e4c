"""How the PostgreSQL pool makes sure a connection still works before a
request gets it, without a round trip to the server.

A connection resting in the pool has nothing to read. When the server goes
away (a restart, an administrator ending the session), it says so on the
socket, or closes it, and the socket becomes readable. So a readable socket,
or a connection psycopg already knows is closed or broken, is dropped and the
pool hands out another; the request never meets the dead one."""

import select

import psycopg


def still_connected(conn: psycopg.Connection) -> None:
    """Raise if `conn` cannot be used; the pool then discards it."""
    if conn.closed or conn.broken:
        raise psycopg.OperationalError("the connection is closed")
    readable, _writable, _failed = select.select([conn.fileno()], [], [], 0)
    if readable:
        # Closed, so the pool discards it rather than putting it back.
        conn.close()
        raise psycopg.OperationalError("the server ended the connection")
