#pragma once

#include "../gui/GuiTestSupport.h"
#include "engine/reminders/ReminderService.h"
#include "desk/Services.h"
#include "modules/tools/ToolService.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>

#include <memory>

namespace fd::test {

// A set-up site with the sample units on the backend named by the test parameter, a clerk, the tool
// service (not yet in Services: built here from the host's parts) and two tools: 2 ladders, 1 drill.
class ToolFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(at(9, 0));
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        tools = std::make_unique<ToolService>(host.db(), host.clock(), host.services().audit, host.services().settings);
        reminders =
            std::make_unique<ReminderService>(host.db(), host.clock(), host.services().audit, host.services().rules);
        ladder = addTool(QStringLiteral("梯子"), QStringLiteral("T-01"), 2);
        drill = addTool(QStringLiteral("电钻"), QStringLiteral("T-02"), 1);
    }

    static QDateTime at(int hour, int minute, int dayOffset = 0)
    {
        return QDateTime(QDate(2026, 11, 23).addDays(dayOffset), QTime(hour, minute));
    }

    Tool addTool(const QString& name, const QString& code, int quantity)
    {
        // The inventory is the supervisor's (Permission::ManageTools).
        auto t = tools->addTool(host.signedIn(Role::Supervisor, QStringLiteral("zhang.wei")), name, code, quantity);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value() : Tool{};
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    static Signature drawn(const QString& signer)
    {
        QImage image(120, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).drawLine(5, 30, 110, 10);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Signature s;
        s.signer = signer;
        s.image = png;
        return s;
    }

    ToolLendRequest request(const Tool& tool, int quantity = 1, const QString& unit = QStringLiteral("3-1-502"),
                            const QString& borrower = QStringLiteral("王伟"),
                            const QString& phone = QStringLiteral("13912345678"))
    {
        ToolLendRequest r;
        r.toolId = tool.id;
        r.quantity = quantity;
        r.unitId = unit.isEmpty() ? 0 : unitId(unit);
        r.borrowerName = borrower;
        r.borrowerPhone = phone;
        r.signature = drawn(borrower);
        return r;
    }

    ToolLoan lend(const Tool& tool, int quantity = 1, const QString& unit = QStringLiteral("3-1-502"),
                  const QString& borrower = QStringLiteral("王伟"))
    {
        auto l = tools->lend(clerk, request(tool, quantity, unit, borrower));
        EXPECT_TRUE(l.ok()) << (l.ok() ? std::string() : l.error().message.toStdString());
        return l.ok() ? l.value() : ToolLoan{};
    }

    // The Watch reminders in the clerk's inbox after raising what is due now.
    QList<Reminder> toolWatches()
    {
        EXPECT_TRUE(reminders->raiseDue(host.clock().nowMs()).ok());
        auto active = reminders->active(host.clock().nowMs(), clerk);
        EXPECT_TRUE(active.ok());
        QList<Reminder> out;
        for (const Reminder& r : active.value())
            if (r.due == ReminderDue::Watch && r.source == QLatin1String(ToolService::WatchSource))
                out << r;
        return out;
    }

    TestHost host{GetParam()};
    Session clerk;
    std::unique_ptr<ToolService> tools;
    std::unique_ptr<ReminderService> reminders;
    Tool ladder;
    Tool drill;
};

} // namespace fd::test
