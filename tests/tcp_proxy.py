"""A loopback TCP relay that a test can cut and restore: a network between Accord and
its PostgreSQL server that can go away (without stopping the server others use).

``with TcpRelay("127.0.0.1", 5432) as relay:`` listens on ``relay.port`` (on
127.0.0.1 only) and relays each connection to the target. :meth:`TcpRelay.cut`
closes every relayed connection and refuses new ones (connection refused);
:meth:`TcpRelay.restore` accepts them again on the same port.
"""

from __future__ import annotations

import contextlib
import socket
import threading

import sqlalchemy as sa


class TcpRelay:
    """Relays 127.0.0.1:``port`` to ``host``:``target_port`` until cut."""

    def __init__(self, host: str, target_port: int) -> None:
        self._target = (host, target_port)
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._server: socket.socket | None = None
        self.port = 0
        self._listen()

    def url(self, url: str) -> str:
        """Return the database ``url`` with its host and port replaced by this relay's."""
        parsed = sa.engine.make_url(url).set(host="127.0.0.1", port=self.port)
        return parsed.render_as_string(hide_password=False)

    def _listen(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(64)
        self.port = server.getsockname()[1]
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
                with self._lock:
                    self._sockets.discard(sock)

    def cut(self) -> None:
        """Close every relayed connection and refuse new ones."""
        if self._server is not None:
            with contextlib.suppress(OSError):  # wakes the thread waiting in accept()
                self._server.shutdown(socket.SHUT_RDWR)
            self._server.close()
            self._server = None
        with self._lock:
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def restore(self) -> None:
        """Accept connections again, on the same port."""
        if self._server is None:
            self._listen()

    def close(self) -> None:
        """Cut for good."""
        self.cut()

    def __enter__(self) -> TcpRelay:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
