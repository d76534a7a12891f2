"""The OAuth2 URL a server owner opens to add Lookout, with exactly the permissions it uses.

Why these bits, one by one (the setup guide repeats this for moderators):
- View Channels (1<<10), Read Message History (1<<16): see the conversations to protect.
- Send Messages (1<<11), Embed Links (1<<14): post alerts (embeds) and the neutral tip prompts.
- Attach Files (1<<15): the evidence file when a moderator's DMs are closed.
- Send Messages in Threads (1<<38): tip prompts inside threads.
- Moderate Members (1<<40): the "Time out 24 h" button.
- Ban Members (1<<2): the "Ban" button.
Nothing else: no Administrator, no Manage Messages (Lookout never deletes evidence).
The `applications.commands` scope installs the slash commands and the report context menu.
"""

from __future__ import annotations

from urllib.parse import urlencode

PERMISSION_BITS: dict[str, int] = {
    "ban_members": 1 << 2,
    "view_channel": 1 << 10,
    "send_messages": 1 << 11,
    "embed_links": 1 << 14,
    "attach_files": 1 << 15,
    "read_message_history": 1 << 16,
    "send_messages_in_threads": 1 << 38,
    "moderate_members": 1 << 40,
}

PERMISSIONS = sum(PERMISSION_BITS.values())


def invite_url(application_id: str) -> str:
    """Build the invite URL for the application (client) id shown in the developer portal."""
    app = application_id.strip()
    if not app.isdigit():
        raise ValueError(
            f"application id {application_id!r} is not a Discord id: copy the 'Application ID' "
            "from the General Information page of your application in the developer portal"
        )
    query = urlencode({"client_id": app, "permissions": str(PERMISSIONS), "scope": "bot applications.commands"})
    return f"https://discord.com/oauth2/authorize?{query}"
