#include "engine/watches/SignatureService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

SignatureService::SignatureService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Status SignatureService::validate(const Signature& s)
{
    if (s.signedOnPad())
        return {};
    if (s.waivedReason.isEmpty())
        return Error{u"signature.missing"_s,
                     tr("The customer has not signed. Ask them to sign, or record why there is no signature."),
                     u"signature"_s};
    if (s.waivedReason != QLatin1String(Signature::Refused) && s.waivedReason != QLatin1String(Signature::OnPaper))
        return Error{u"signature.reason"_s, tr("Choose why there is no signature."), u"signature"_s};
    if (s.waivedReason == QLatin1String(Signature::Refused) && s.note.trimmed().isEmpty())
        return Error{u"signature.note"_s, tr("Write down what the customer said when refusing to sign."),
                     u"signature"_s};
    return {};
}

Result<qint64> SignatureService::store(const Session& who, const Signature& s)
{
    if (Status allowed = who.require(Permission::WorkTheDesk); !allowed) // the desk's logs take signatures
        return allowed.error();
    if (Status ok = validate(s); !ok)
        return ok.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const qint64 now = m_clock.nowMs();
    const QVariant image = s.signedOnPad() ? QVariant(s.image) : QVariant(QMetaType(QMetaType::QByteArray));
    const QVariant reason = s.signedOnPad() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.waivedReason);
    auto id =
        m_db.insert(u"INSERT INTO signatures (signer, image, waived_reason, note, signed_ms, recorded_by) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {sql::text(s.signer.trimmed()), image, reason, sql::text(s.note.trimmed()), now, who.user.id});
    if (!id)
        return id.error();
    auto event = m_audit.append(who, u"signature"_s, id.value(), u"recorded"_s, {},
                                {{u"signer"_s, s.signer.trimmed()},
                                 {u"on_pad"_s, s.signedOnPad()},
                                 {u"waived_reason"_s, s.waivedReason},
                                 {u"note"_s, s.note.trimmed()}});
    if (!event)
        return event.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return id.value();
}

Result<Signature> SignatureService::find(qint64 id) const
{
    auto q = m_db.exec(u"SELECT signer, image, COALESCE(waived_reason, ''), note, signed_ms FROM signatures "
                       "WHERE id = ?"_s,
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"signature.unknown"_s, tr("This signature is not on record.")};
    Signature s;
    s.id = id;
    s.signer = q.value().value(0).toString();
    s.image = q.value().value(1).toByteArray();
    s.waivedReason = q.value().value(2).toString();
    s.note = q.value().value(3).toString();
    s.signedMs = q.value().value(4).toLongLong();
    q.value().finish();
    return s;
}

QString SignatureService::waiverDisplayName(const QString& reason)
{
    if (reason == QLatin1String(Signature::Refused))
        return tr("Customer refused to sign");
    if (reason == QLatin1String(Signature::OnPaper))
        return tr("Signed on the paper form");
    return {};
}

QString SignatureService::summary(const Signature& s)
{
    if (s.signedOnPad())
        return tr("signed by %1").arg(s.signer);
    const QString why = waiverDisplayName(s.waivedReason);
    return s.note.isEmpty() ? tr("not signed: %1").arg(why) : tr("not signed: %1 (%2)").arg(why, s.note);
}

} // namespace fd
