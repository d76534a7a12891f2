"""The web console: cases, evidence, actions, settings, rules and privacy in a browser.

Why its own package that imports no platform SDK: the console is a third surface of the shared
moderation layer (`bot.moderation`), beside Discord and Telegram. Its actions go through the same
`CaseActions.act` flow as an alert button, so the alert in the chat updates too, and whatever it
needs from a platform (who may act, a time-out) it asks through the ports the live connections
attached. It also runs alone over a database (`lookout console --db`), for a parent reviewing
the cases `lookout scan --save` stored; there is no platform then, and a local owner may do
everything but the platform's own actions.

    server.py    aiohttp application: security headers, sessions, CSRF; `ConsoleServer`
    context.py   what the server and the pages share (app keys, the request's session, render)
    pages.py     the request handlers, one per page or form
    backend.py   what the pages need, over the service, the moderation layer and storage
    auth.py      one-time login links and sessions
    rights.py    who may see and do what, asked again on every request
    charts.py    server-rendered SVG charts
    tryout.py    "try a message" on the rules page
    templates/   Jinja2 templates (autoescaped); static/ the one style sheet
"""

from bot.console.backend import ConsoleBackend
from bot.console.server import ConsoleServer

__all__ = ["ConsoleBackend", "ConsoleServer"]
