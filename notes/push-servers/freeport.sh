#!/bin/sh
# print a free TCP port on 127.0.0.1 (tiny race window between close and bind)
python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
