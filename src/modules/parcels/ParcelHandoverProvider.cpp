#include "modules/parcels/ParcelHandoverProvider.h"

#include "core/DateTimeText.h"

#include "modules/parcels/ParcelService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

QString ParcelHandoverProvider::source() const
{
    return u"parcels"_s;
}

Result<QList<HandoverLine>> ParcelHandoverProvider::openItems(const Post& post, qint64 asOfMs) const
{
    Q_UNUSED(asOfMs)
    if (post.isControlRoom) // parcels wait at the desk
        return QList<HandoverLine>{};
    struct UnitWaiting
    {
        qint64 unitId = 0;
        QString code;
        int pieces = 0;
        QStringList carriers;
        qint64 sinceMs = 0;
    };
    QList<UnitWaiting> units; // in the list's order: by unit code
    constexpr int Page = 200;
    for (int offset = 0;; offset += Page) {
        auto page = m_parcels.list(ParcelFilter::Waiting, Page, offset);
        if (!page)
            return page.error();
        for (const Parcel& p : page.value()) {
            if (units.isEmpty() || units.last().unitId != p.unitId)
                units.append({p.unitId, p.unitCode, 0, {}, p.receivedMs});
            UnitWaiting& u = units.last();
            u.pieces += p.pieces;
            if (!u.carriers.contains(p.carrier))
                u.carriers << p.carrier;
            u.sinceMs = qMin(u.sinceMs, p.receivedMs);
        }
        if (page.value().size() < Page)
            break;
    }
    QList<HandoverLine> lines;
    for (const UnitWaiting& u : units) {
        const QString since = DateTimeText::shortDate(u.sinceMs);
        lines << HandoverLine{
            HandoverItemKind::Log, u.unitId,
            tr("%1 %n piece(s) (%2), waiting since %3", nullptr, u.pieces).arg(u.code, u.carriers.join(u"/"_s), since)};
    }
    return lines;
}

} // namespace fd
