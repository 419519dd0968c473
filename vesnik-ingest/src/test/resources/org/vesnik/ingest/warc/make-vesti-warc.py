#!/usr/bin/env python3
# Writes vesti.warc and vesti.warc.gz, the WARC files of vesnik-ingest's WarcTest, by hand:
# every byte of every record is spelled out here, so the reader is tested on files no WARC
# library made. Run from this folder: python3 make-vesti-warc.py
import gzip, uuid, zlib


def page(title, *paragraphs):
    body = ''.join('<p>%s</p>' % p for p in paragraphs)
    return ('<!DOCTYPE html><html lang="mk"><head><meta charset="utf-8"><title>%s</title></head>'
            '<body><nav><a href="/">Почетна</a></nav><article><h1>%s</h1>%s</article></body></html>'
            % (title, title, body)).encode('utf-8')


count = [0]


def record_id():
    count[0] += 1
    return '<urn:uuid:%s>' % uuid.UUID(int=0x5e5a1c0000000000000000000000 + count[0])


def record(kind, date, block, content_type, target=None):
    headers = ['WARC/1.0', 'WARC-Type: ' + kind, 'WARC-Record-ID: ' + record_id(), 'WARC-Date: ' + date]
    if target:
        headers.append('WARC-Target-URI: ' + target)
    headers += ['Content-Type: ' + content_type, 'Content-Length: %d' % len(block)]
    return ('\r\n'.join(headers) + '\r\n\r\n').encode() + block + b'\r\n\r\n'


def http(status, reason, headers, body):
    head = 'HTTP/1.1 %d %s\r\n' % (status, reason) + ''.join('%s: %s\r\n' % h for h in headers) + '\r\n'
    return head.encode() + body


def chunked(data, size=100):
    out = b''
    for i in range(0, len(data), size):
        chunk = data[i:i + size]
        out += b'%x\r\n' % len(chunk) + chunk + b'\r\n'
    return out + b'0\r\n\r\n'


BASE = 'https://vesnik.test'
RESPONSE = 'application/http; msgtype=response'
HTML = 'text/html; charset=utf-8'
records = [
    record('warcinfo', '2026-11-29T08:00:00Z',
           b'software: hand-written for vesnik tests\r\nformat: WARC File Format 1.0\r\n', 'application/warc-fields'),
    record('request', '2026-11-29T08:00:01Z',
           b'GET /vesti/most HTTP/1.1\r\nHost: vesnik.test\r\nUser-Agent: vesnik-test\r\n\r\n',
           'application/http; msgtype=request', BASE + '/vesti/most'),
]
most = page('Нов мост преку Вардар во Велес', 'Општина Велес денеска го отвори новиот пешачки мост преку Вардар.',
            'Мостот е долг 120 метри и има осветлување по целата должина.')
records.append(record('response', '2026-11-29T08:00:02Z',
                      http(200, 'OK', [('Content-Type', HTML), ('Content-Length', str(len(most)))], most),
                      RESPONSE, BASE + '/vesti/most'))
sneg = page('Снег на Попова Шапка',
            'Првиот снег оваа зима падна синоќа на Попова Шапка, каде снежната покривка достигна 15 сантиметри.')
records.append(record('response', '2026-11-29T08:05:00Z',
                      http(200, 'OK', [('Content-Type', HTML), ('Content-Encoding', 'gzip'),
                                       ('Transfer-Encoding', 'chunked')], chunked(gzip.compress(sneg, mtime=0))),
                      RESPONSE, BASE + '/vesti/sneg'))
png = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00'
records.append(record('response', '2026-11-29T08:05:01Z',
                      http(200, 'OK', [('Content-Type', 'image/png'), ('Content-Length', str(len(png)))], png),
                      RESPONSE, BASE + '/logo.png'))
records.append(record('response', '2026-11-29T08:05:02Z',
                      http(301, 'Moved Permanently', [('Location', BASE + '/vesti/most'), ('Content-Length', '0')], b''),
                      RESPONSE, BASE + '/stara'))
records.append(record('metadata', '2026-11-29T08:05:03Z',
                      b'via: ' + (BASE + '/').encode() + b'\r\nfetchTimeMs: 42\r\n', 'application/warc-fields',
                      BASE + '/vesti/sneg'))
budzet = page('Собранието ја закажа седницата за буџетот',
              'Претседателот на Собранието ја закажа седницата за предлог-буџетот за понеделник.')
deflated = zlib.compress(budzet)  # zlib-wrapped, as RFC 9110 says deflate is
records.append(record('response', '2026-11-29T09:10:00Z',
                      http(200, 'OK', [('Content-Type', HTML), ('Content-Encoding', 'deflate'),
                                       ('Content-Length', str(len(deflated)))], deflated),
                      RESPONSE, BASE + '/vesti/budzet'))
empty = b'<!DOCTYPE html><html><head><title>Vesti</title></head><body></body></html>'
records.append(record('response', '2026-11-29T09:11:00Z',
                      http(200, 'OK', [('Content-Type', 'text/html'), ('Content-Length', str(len(empty)))], empty),
                      RESPONSE, BASE + '/rubrika'))
with open('vesti.warc', 'wb') as f:
    f.write(b''.join(records))
with open('vesti.warc.gz', 'wb') as f:
    f.write(b''.join(gzip.compress(r, mtime=0) for r in records))
