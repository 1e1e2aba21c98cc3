#pragma once

#include "../gui/GuiTestSupport.h"
#include "desk/Services.h"
#include "modules/storeditems/StoredItemService.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>

#include <memory>

namespace fd::test {

// A set-up site with the sample units on the backend named by the test parameter, a clerk, and
// the stored-item service (not yet in Services: built here from the host's parts).
class StoredItemFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        storage =
            std::make_unique<StoredItemService>(host.db(), host.clock(), host.services().audit, host.services().rules);
    }

    static qint64 at(int hour, int minute, int day = 22)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute)).toMSecsSinceEpoch();
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    // A signature as the pad gives it: a PNG of a stroke.
    static Signature padSignature()
    {
        QImage image(120, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.drawLine(5, 30, 110, 8);
        p.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Signature s;
        s.image = png;
        return s;
    }

    DepositRequest request(const QString& unit = QStringLiteral("3-1-502"))
    {
        DepositRequest r;
        r.depositorName = QStringLiteral("王伟");
        r.depositorPhone = QStringLiteral("138 0000 1111");
        r.unitId = unitId(unit);
        r.lines = {{QStringLiteral("行李箱"), 1, QStringLiteral("完好")},
                   {QStringLiteral("纸箱"), 2, QStringLiteral("外箱破损")}};
        r.shelf = QStringLiteral("A-3");
        r.expectedPickupMs = at(18, 0);
        r.signature = padSignature();
        return r;
    }

    StoredItem deposit(const DepositRequest& r)
    {
        auto s = storage->deposit(clerk, r);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return s.ok() ? s.value() : StoredItem{};
    }

    StoredItem deposit() { return deposit(request()); }

    TestHost host{GetParam()};
    Session clerk;
    std::unique_ptr<StoredItemService> storage;
};

} // namespace fd::test
