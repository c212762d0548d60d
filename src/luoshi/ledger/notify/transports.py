"""How a post reaches a channel: e-mail through Django's mail backends, and the JSON of the 钉钉 and 企业微信
group robots as their documentation gives it. Each send returns an :class:`Outcome` and never raises.

- 钉钉 custom robot: ``POST {"msgtype": "markdown", "markdown": {"title": …, "text": …}}``; with 加签 the URL
  gets ``&timestamp=<ms>&sign=<urlencode(base64(HMAC-SHA256(key=secret, msg=f"{timestamp}\\n{secret}")))>``;
  success is ``{"errcode": 0}``.
- 企业微信 group robot: ``POST {"msgtype": "markdown", "markdown": {"content": …}}`` (at most 4096 bytes);
  success is ``{"errcode": 0}``.
Both robots take at most 20 messages a minute, which is why the outbox packs several notices into a post.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import smtplib
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email

from luoshi.ledger.notify.models import Channel

MAX_EMAIL_RECIPIENTS = 20
# Answers that mean "later": 钉钉's 130101 (sending too fast) and 410100 (flow control), 企业微信's 45009
# (frequency limit) and -1 (busy). Any other errcode (a wrong token, a bad signature) will not heal by itself.
RETRYABLE_ERRCODES = frozenset({130101, 410100, 45009, -1})
# What a clerk should do about the common refusals (the robot's own errmsg follows in the log).
ERRCODE_HINTS = {
    300001: "钉钉 access_token 无效，请核对 Webhook 地址",
    310000: "与钉钉机器人的安全设置不符：检查加签密钥、关键词“督办”或 IP 白名单",
    130101: "发送过快，稍后重试",
    410100: "发送过快，稍后重试",
    93000: "企业微信 Webhook 地址无效，请核对",
    45009: "发送过快，稍后重试",
    -1: "对方系统繁忙，稍后重试",
}
HTTP_HINTS = {404: "地址不存在", 429: "请求过于频繁", 500: "对方服务出错", 502: "对方网关出错", 503: "对方服务暂不可用",
              504: "对方网关超时"}
_SPLIT = re.compile(r"[\s,;，；、]+")
# Markdown marks in user text would restyle a notice or hide a link in it: shown as their full-width twins.
_MARKDOWN_SAFE = str.maketrans({"*": "＊", "_": "＿", "[": "［", "]": "］", "<": "＜", ">": "＞", "#": "＃", "`": "｀"})


@dataclass(frozen=True)
class Section:
    """One notice inside a post."""

    title: str
    body: str  # plain lines
    link: str = ""


@dataclass(frozen=True)
class Post:
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Outcome:
    ok: bool
    http_status: int | None = None
    error: str = ""
    retryable: bool = True


# ---------------------------------------------------------------------------------------------- addresses


def check_address(kind: str, address: str) -> str:
    """The address in its stored form, or a ValidationError with the reason in Chinese."""
    address = address.strip()
    if kind == Channel.Kind.EMAIL:
        return ", ".join(email_recipients(address))
    return check_webhook(address)


def email_recipients(address: str) -> list[str]:
    recipients = [a for a in _SPLIT.split(address) if a]
    if not recipients:
        raise ValidationError("请填写收件人邮箱")
    if len(recipients) > MAX_EMAIL_RECIPIENTS:
        raise ValidationError(f"收件人不能超过{MAX_EMAIL_RECIPIENTS}个")
    for recipient in recipients:
        try:
            validate_email(recipient)
        except ValidationError:
            raise ValidationError(f"邮箱地址“{recipient}”格式不正确") from None
    return recipients


def check_webhook(url: str) -> str:
    """A robot's webhook: https, or plain http only to this machine (a local test server)."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        raise ValidationError("Webhook 地址格式不正确") from None
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and _loopback(host):
        return url
    raise ValidationError("Webhook 地址须以 https:// 开头（http 仅限本机测试地址）")


def masked(channel: Channel) -> str:
    """The address without its secret part, for pages and the history: a robot's token is its password."""
    if channel.kind == Channel.Kind.EMAIL:
        return channel.address
    parts = urllib.parse.urlsplit(channel.address)
    return f"{parts.scheme}://{parts.netloc}{parts.path}?…" if parts.query else f"{parts.scheme}://{parts.netloc}{parts.path}"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# ---------------------------------------------------------------------------------------------- formats


def markdown_safe(text: str) -> str:
    return text.translate(_MARKDOWN_SAFE)


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """钉钉 加签: base64 of HMAC-SHA256 over ``timestamp\\nsecret`` keyed by the secret, URL-encoded."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return urllib.parse.quote_plus(base64.b64encode(digest))


def dingtalk_url(url: str, secret: str, timestamp_ms: int) -> str:
    if not secret:
        return url
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{joiner}timestamp={timestamp_ms}&sign={dingtalk_sign(secret, timestamp_ms)}"


def dingtalk_payload(post: Post) -> dict:
    # 钉钉's markdown breaks a line only at a blank line.
    blocks = [f"#### {post.title}"]
    for section in post.sections:
        if len(post.sections) > 1:
            blocks.append(f"**{section.title}**")
        blocks.extend(line for line in section.body.splitlines() if line.strip())
        if section.link:
            blocks.append(f"[查看事项]({section.link})")
    return {"msgtype": "markdown", "markdown": {"title": post.title, "text": "\n\n".join(blocks)}}


def wecom_payload(post: Post) -> dict:
    lines = [f"**{post.title}**"]
    for section in post.sections:
        if len(post.sections) > 1:
            lines.append(f"\n**{section.title}**")
        lines.extend(f"> {line}" for line in section.body.splitlines() if line.strip())
        if section.link:
            lines.append(f"[查看事项]({section.link})")
    return {"msgtype": "markdown", "markdown": {"content": _cut("\n".join(lines), WECOM_MAX_BYTES)}}


def email_text(post: Post) -> str:
    parts = []
    for section in post.sections:
        text = section.title + "\n" + section.body
        parts.append(text + (f"\n查看：{section.link}" if section.link else ""))
    footer = "\n\n——落实 · 督办台账（系统自动发送，请勿直接回复）"
    return "\n\n".join(parts) + footer


def section_bytes(section: Section) -> int:
    """What a notice adds to a post, near enough to pack posts under a robot's limit."""
    return len((section.title + section.body + section.link).encode("utf-8")) + 64


def _cut(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit - 6].decode("utf-8", errors="ignore") + "……"


# ---------------------------------------------------------------------------------------------- sending


def send(channel: Channel, post: Post) -> Outcome:
    return TRANSPORTS[channel.kind].send(channel, post)


def send_email(channel: Channel, post: Post) -> Outcome:
    try:
        recipients = email_recipients(channel.address)
    except ValidationError as e:
        return Outcome(False, error=" ".join(e.messages), retryable=False)
    message = EmailMessage(subject=post.title, body=email_text(post), to=recipients)
    try:
        message.send(fail_silently=False)
    except smtplib.SMTPRecipientsRefused as e:
        return Outcome(False, error=f"收件人被拒绝：{', '.join(e.recipients)}", retryable=False)
    except (smtplib.SMTPException, OSError) as e:
        return Outcome(False, error=f"发信失败：{network_reason(e)}")
    return Outcome(True)


def send_dingtalk(channel: Channel, post: Post) -> Outcome:
    url = dingtalk_url(channel.address, channel.secret, int(time.time() * 1000))
    return post_json(url, dingtalk_payload(post))


def send_wecom(channel: Channel, post: Post) -> Outcome:
    return post_json(channel.address, wecom_payload(post))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A robot answers where it is; a redirect is refused, so a notice never goes somewhere else."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)  # honours https_proxy from the environment


def post_json(url: str, payload: dict) -> Outcome:
    """POST the JSON; success is HTTP 200 with ``errcode`` 0 in the answer."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with _OPENER.open(request, timeout=settings.LUOSHI_NOTIFY_TIMEOUT) as response:
            status, body = response.status, response.read(65536)
    except urllib.error.HTTPError as e:
        retry = e.code >= 500 or e.code == 429
        hint = HTTP_HINTS.get(e.code, "对方服务出错" if e.code >= 500 else "请求被拒绝")
        return Outcome(False, e.code, f"HTTP {e.code}（{hint}）", retryable=retry)
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
        return Outcome(False, error=f"连接失败：{network_reason(getattr(e, 'reason', e))}")
    try:
        answer = json.loads(body.decode("utf-8"))
        errcode = int(answer.get("errcode", -2))
    except (ValueError, AttributeError, TypeError):
        return Outcome(False, status, f"无法识别的应答：{body[:200].decode('utf-8', 'replace')}", retryable=False)
    if errcode == 0:
        return Outcome(True, status)
    hint = ERRCODE_HINTS.get(errcode, "机器人拒收")
    return Outcome(False, status, f"{hint}（errcode {errcode}：{answer.get('errmsg', '')}）"[:500],
                   retryable=errcode in RETRYABLE_ERRCODES)


def network_reason(error: object) -> str:
    """A network failure in Chinese, with the system's own words after it for whoever debugs it."""
    if isinstance(error, ConnectionRefusedError):
        said = "对方拒绝连接"
    elif isinstance(error, TimeoutError | socket.timeout):
        said = "连接超时"
    elif isinstance(error, socket.gaierror):
        said = "域名无法解析"
    elif isinstance(error, ssl.SSLError):
        said = "TLS 握手失败"
    elif isinstance(error, smtplib.SMTPAuthenticationError):
        said = "发信账号或密码错误"
    else:
        said = "网络错误"
    return f"{said}（{_one_line(error)}）"


def _one_line(error: object) -> str:
    return " ".join(str(error).split())[:400] or type(error).__name__


@dataclass(frozen=True)
class Transport:
    label: str
    max_bytes: int  # what one post may carry
    per_post: int  # notices in one post: a robot's stays readable on a phone, an e-mail may be a digest
    posts_per_round: int  # a round's posts to one channel: the robots accept 20 messages a minute
    send: Callable[[Channel, Post], Outcome]
    example: str  # an address as a clerk pastes it


WECOM_MAX_BYTES = 4096
TRANSPORTS: dict[str, Transport] = {
    Channel.Kind.EMAIL: Transport("电子邮件", 200_000, 50, 100, send_email, "duban@example.gov.cn, fgj@example.gov.cn"),
    Channel.Kind.DINGTALK: Transport("钉钉群机器人", 18_000, 10, 20, send_dingtalk,
                                     "https://oapi.dingtalk.com/robot/send?access_token=…"),
    Channel.Kind.WECOM: Transport("企业微信群机器人", WECOM_MAX_BYTES - 300, 10, 20, send_wecom,
                                  "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"),
}


def pack(sections: Sequence[Section], max_bytes: int, max_count: int) -> list[list[int]]:
    """Indexes of ``sections`` grouped into posts, in order, each under ``max_bytes`` and ``max_count``."""
    posts: list[list[int]] = []
    size = 0
    for index, section in enumerate(sections):
        cost = section_bytes(section)
        if posts and len(posts[-1]) < max_count and size + cost <= max_bytes:
            posts[-1].append(index)
            size += cost
        else:
            posts.append([index])
            size = cost
    return posts
