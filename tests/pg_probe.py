"""Print the DSN of the local test PostgreSQL server when one answers, else nothing.

`make test` uses this so the PostgreSQL storage tests run wherever a server listens on
127.0.0.1:5432 (as on the development and CI machines) and are skipped, with a reason, elsewhere.
"""

import socket

DSN = "postgresql://postgres@127.0.0.1:5432/test"

try:
    with socket.create_connection(("127.0.0.1", 5432), timeout=0.5):
        print(DSN)
except OSError:
    pass
