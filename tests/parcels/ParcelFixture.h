#pragma once

#include "../gui/GuiTestSupport.h"
#include "desk/Services.h"
#include "modules/parcels/ParcelService.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>

#include <memory>

namespace fd::test {

// A set-up site with the sample units on the backend named by the test parameter, a clerk, and the
// parcel service (not yet in Services: built here from the host's parts).
class ParcelFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        parcels =
            std::make_unique<ParcelService>(host.db(), host.clock(), host.services().audit, host.services().rules);
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok()) << (v.ok() ? std::string() : v.error().message.toStdString());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    static ParcelLine line(qint64 unit, int pieces = 1, const QString& tracking = {},
                           ParcelKind kind = ParcelKind::Parcel)
    {
        ParcelLine l;
        l.unitId = unit;
        l.pieces = pieces;
        l.tracking = tracking;
        l.kind = kind;
        return l;
    }

    ParcelBatch receive(const QString& carrier, const QList<ParcelLine>& lines)
    {
        auto b = parcels->receive(clerk, ParcelBatchInput{carrier, lines});
        EXPECT_TRUE(b.ok()) << (b.ok() ? std::string() : b.error().message.toStdString());
        return b.ok() ? b.value() : ParcelBatch{};
    }

    static Signature drawn(const QString& signer)
    {
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Signature s;
        s.signer = signer;
        s.image = png;
        return s;
    }

    TestHost host{GetParam()};
    Session clerk;
    std::unique_ptr<ParcelService> parcels;
};

} // namespace fd::test
