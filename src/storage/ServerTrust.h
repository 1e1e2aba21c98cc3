#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

namespace fd {

// Issue 16: which PostgreSQL server this workstation trusts. The site's server has a self-signed
// certificate (scripts/site-server prints its SHA-256 fingerprint); pinning fetches the certificate
// the server shows, compares its fingerprint with the one the IT person read off the server, and keeps
// it in this workstation's data folder. Every connection to that host and port is then encrypted and
// made only to a server holding that certificate (libpq's verify-ca against it, Database::open).
class ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrust)

public:
    // The PEM file pinned for host:port, or empty when none is.
    [[nodiscard]] static QString pinnedCertificate(const QString& host, int port);
    // The certificate the server at host:port shows (PostgreSQL's SSLRequest, then a TLS handshake).
    [[nodiscard]] static Result<QSslCertificate> fetch(const QString& host, int port, int timeoutMs = 5000);
    // "AB:CD:…": the SHA-256 of the certificate as `openssl x509 -fingerprint -sha256` prints it.
    [[nodiscard]] static QString fingerprint(const QSslCertificate& certificate);
    // Whether two fingerprints are the same, however they were written (colons, spaces, case, the
    // "sha256 Fingerprint=" openssl puts before it).
    [[nodiscard]] static bool sameFingerprint(const QString& a, const QString& b);
    // Fetches, compares with `expected` and keeps the certificate; gives the file.
    [[nodiscard]] static Result<QString> pin(const QString& host, int port, const QString& expected);

private:
    [[nodiscard]] static QString fileFor(const QString& host, int port);
};

} // namespace fd
