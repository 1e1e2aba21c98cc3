#include "storage/ServerTrust.h"

#include "core/AppPaths.h"

#include <spdlog/spdlog.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString normalised(QString text)
{
    const qsizetype equals = text.lastIndexOf(u'=');
    if (equals >= 0)
        text = text.mid(equals + 1);
    static const QRegularExpression notHex(u"[^0-9A-Fa-f]"_s);
    return text.remove(notHex).toUpper();
}

} // namespace

QString ServerTrust::fileFor(const QString& host, int port)
{
    QString name = u"%1_%2.pem"_s.arg(host).arg(port);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    name.replace(unsafe, u"_"_s);
    return QDir(AppPaths::dataDir()).filePath(u"servers/"_s + name);
}

QString ServerTrust::pinnedCertificate(const QString& host, int port)
{
    const QString file = fileFor(host, port);
    return QFileInfo::exists(file) ? file : QString();
}

Result<QSslCertificate> ServerTrust::fetch(const QString& host, int port, int timeoutMs)
{
    const QString where = u"%1:%2"_s.arg(host).arg(port);
    const Error unreachable{u"trust.unreachable"_s,
                            tr("Cannot reach the database server at %1. Check that the server is running and that "
                               "this computer is on the office network.")
                                .arg(where),
                            u"host"_s};
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::QueryPeer); // compared by fingerprint below, not by a CA
    socket.setProxy(QNetworkProxy::NoProxy);         // as libpq connects: straight to the server
    socket.connectToHost(host, static_cast<quint16>(port));
    if (!socket.waitForConnected(timeoutMs))
        return unreachable;
    // PostgreSQL's SSLRequest: length 8, code 80877103; the server answers 'S' and the handshake follows.
    QByteArray request;
    QDataStream(&request, QIODevice::WriteOnly) << qint32(8) << qint32(80877103);
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs) || !socket.waitForReadyRead(timeoutMs))
        return unreachable;
    char answer = 0;
    if (socket.read(&answer, 1) != 1 || answer != 'S')
        return Error{u"trust.notls"_s,
                     tr("The server at %1 does not offer an encrypted connection, so it is not set up as the site's "
                        "server (scripts/site-server sets it up).")
                         .arg(where),
                     u"host"_s};
    socket.startClientEncryption();
    if (!socket.waitForEncrypted(timeoutMs) || socket.peerCertificate().isNull())
        return Error{
            u"trust.handshake"_s,
            tr("The server at %1 did not complete an encrypted connection: %2").arg(where, socket.errorString()),
            u"host"_s};
    QSslCertificate certificate = socket.peerCertificate();
    socket.abort();
    return certificate;
}

QString ServerTrust::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

bool ServerTrust::sameFingerprint(const QString& a, const QString& b)
{
    const QString left = normalised(a);
    return left.size() == 64 && left == normalised(b);
}

Result<QString> ServerTrust::pin(const QString& host, int port, const QString& expected)
{
    if (normalised(expected).size() != 64)
        return Error{u"trust.fingerprint"_s,
                     tr("Write the server's SHA-256 fingerprint as scripts/site-server printed it: 32 pairs of "
                        "letters and digits, such as 3F:A1:…"),
                     u"fingerprint"_s};
    auto certificate = fetch(host, port);
    if (!certificate)
        return certificate.error();
    const QString shown = fingerprint(certificate.value());
    if (!sameFingerprint(shown, expected))
        return Error{u"trust.mismatch"_s,
                     tr("The server at %1:%2 shows a certificate with another fingerprint (%3). It may not be your "
                        "site's server: nothing was pinned. Compare the fingerprint with your IT person.")
                         .arg(host)
                         .arg(port)
                         .arg(shown),
                     u"fingerprint"_s};
    const QString file = fileFor(host, port);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(certificate.value().toPem()) < 0 || !out.commit())
        return Error{u"trust.save"_s, tr("The certificate could not be kept in %1.").arg(file)};
    spdlog::info("pinned the certificate of {}:{} ({})", host.toStdString(), port, shown.toStdString());
    return file;
}

} // namespace fd
