#pragma once

#include "desk/Services.h"
#include "engine/AuditLog.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/registry/RegistryService.h"
#include "modules/renovations/RenovationService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

namespace fd::test {

// Two units, the desk's clerk, the supervisor who records engineering's decisions, the cashier, the two
// deposit items, and a drawing on the desk's computer; 5 December 2026, 09:00.
class RenovationFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 12, 5), QTime(9, 0)));
        const QByteArray csv = QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话\n"
                                              "3,1,502,住宅,89.37,王伟,13800001111\n"
                                              "3,1,601,住宅,120,李娜,13800002222\n")
                                   .toUtf8();
        const ImportReport report = host.services().registry.importUnitsCsv(host.admin(), csv);
        ASSERT_TRUE(report.accepted) << report.text().toStdString();
        clerk = host.signedIn(Role::Clerk, QStringLiteral("sun.kz"));
        supervisor = host.signedIn(Role::Supervisor, QStringLiteral("zhou.zg"));
        cashier = host.signedIn(Role::Cashier, QStringLiteral("liu.cn"));
        const Session manager = host.signedIn(Role::Manager, QStringLiteral("wang.jl"));
        depositItem = addItem(manager, QStringLiteral("ZXYJ"), QStringLiteral("装修押金"));
        wasteItem = addItem(manager, QStringLiteral("ZXLJ"), QStringLiteral("装修垃圾清运费"));
        home = scalar(QStringLiteral("SELECT id FROM units WHERE code = '3-1-502'"));
        owner = scalar(QStringLiteral("SELECT id FROM residents WHERE unit_id = ?"), {home});
        ASSERT_TRUE(dir.isValid());
        drawing = dir.filePath(QStringLiteral("平面图.pdf"));
        QFile f(drawing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n% 平面布置图\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    }

    qint64 addItem(const Session& manager, const QString& code, const QString& name)
    {
        ChargeItem i;
        i.code = code;
        i.name = name;
        i.basis = ChargeBasis::Deposit;
        i.dueDay = 5;
        auto added = host.services().charges.addItem(manager, i);
        EXPECT_TRUE(added.ok()) << (added.ok() ? std::string() : added.error().message.toStdString());
        return added.ok() ? added.value().id : 0;
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    // Every row the renovations and the deposits' ledger ever wrote, and the audit: what a refused step
    // must leave as it was.
    qint64 written()
    {
        return scalar(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM renovations) + (SELECT COUNT(*) FROM renovation_rounds) + "
            "(SELECT COUNT(*) FROM renovation_workers) + (SELECT COUNT(*) FROM renovation_passes) + "
            "(SELECT COUNT(*) FROM renovation_inspections) + (SELECT COUNT(*) FROM renovation_acceptances) + "
            "(SELECT COUNT(*) FROM renovation_extensions) + (SELECT COUNT(*) FROM renovation_entries) + "
            "(SELECT COUNT(*) FROM deposit_deductions) + (SELECT COUNT(*) FROM deposit_refunds) + "
            "(SELECT COUNT(*) FROM bill_lines) + (SELECT COUNT(*) FROM audit_events)"));
    }

    RenovationApplication application(const QStringList& scope = {QStringLiteral("finishes"),
                                                                  QStringLiteral("water_electric")})
    {
        RenovationApplication a;
        a.unitId = home;
        a.residentId = owner;
        a.companyName = QStringLiteral("美居装饰有限公司");
        a.companyLicence = QStringLiteral("91110105MA01ABCD2X");
        a.companyPerson = QStringLiteral("陈工");
        a.companyPhone = QStringLiteral("13900008888");
        a.scope = scope;
        a.description = QStringLiteral("客厅吊顶，厨卫水电改造");
        a.plannedStart = QDate(2026, 12, 10);
        a.plannedEnd = QDate(2027, 2, 28);
        a.drawingPaths = {drawing};
        return a;
    }

    Signature signedOnPad() const
    {
        Signature s;
        s.signer = QStringLiteral("王伟");
        s.image = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");
        return s;
    }

    void payAll(const Renovation& r)
    {
        for (qint64 line : r.depositLines()) {
            const qint64 fen = scalar(QStringLiteral("SELECT amount_fen FROM bill_lines WHERE id = ?"), {line});
            PaymentRequest p;
            p.unitId = home;
            p.lineIds = {line};
            p.amountFen = fen;
            p.payer = QStringLiteral("王伟");
            auto paid = host.services().payments.pay(cashier, p);
            ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
        }
    }

    // Applied, approved, signed, charged ¥5,000.00 and ¥800.00, paid, and the work started.
    Renovation working()
    {
        RenovationService& s = host.services().renovations;
        auto r = s.apply(clerk, application());
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        if (!r.ok())
            return {};
        const qint64 id = r.value().id;
        EXPECT_TRUE(s.approve(supervisor, id, {}).ok());
        EXPECT_TRUE(s.signAgreement(clerk, id, signedOnPad()).ok());
        auto charged = s.chargeDeposit(clerk, id, depositItem, 500000, wasteItem, 80000);
        EXPECT_TRUE(charged.ok()) << (charged.ok() ? std::string() : charged.error().message.toStdString());
        if (!charged.ok())
            return {};
        payAll(charged.value());
        auto started = s.setSchedule(clerk, id, QStringLiteral("拆改 12/10–12/20，水电 12/21–1/10"));
        EXPECT_TRUE(started.ok()) << (started.ok() ? std::string() : started.error().message.toStdString());
        return started.ok() ? started.value() : Renovation{};
    }

    RenovationService& renovations() { return host.services().renovations; }

    TestHost host{GetParam()};
    Session clerk;
    Session supervisor;
    Session cashier;
    qint64 depositItem = 0;
    qint64 wasteItem = 0;
    qint64 home = 0;
    qint64 owner = 0;
    QTemporaryDir dir;
    QString drawing;
};

} // namespace fd::test
