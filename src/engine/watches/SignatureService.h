#pragma once

#include "core/Result.h"
#include "core/Signature.h"

#include <QCoreApplication>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// Keeps signatures (table `signatures`, never changed or deleted). A record that needs one cannot be
// completed without it unless the clerk says why: the service refuses an empty signature, and a
// waiver without a known reason (field "signature"). Module services call store() inside their own
// transaction and keep the id with their record.
class SignatureService
{
    Q_DECLARE_TR_FUNCTIONS(SignatureService)

public:
    SignatureService(Database& db, const Clock& clock, AuditLog& audit);

    [[nodiscard]] static Status validate(const Signature& signature);
    Result<qint64> store(const Session& who, const Signature& signature);
    [[nodiscard]] Result<Signature> find(qint64 id) const;
    // "Customer refused to sign", "Signed on the paper form"; "" for a signature on the pad.
    [[nodiscard]] static QString waiverDisplayName(const QString& reason);
    // For history lines and receipts: "signed by 王伟", "not signed: customer refused (…)".
    [[nodiscard]] static QString summary(const Signature& signature);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
