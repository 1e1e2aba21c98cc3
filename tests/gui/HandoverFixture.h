#pragma once

#include "GuiTestSupport.h"

#include "desk/Services.h"
#include "desk/WorkstationPresence.h"
#include "engine/AccountService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketService.h"
#include "modules/shifts/HandoverDialog.h"
#include "modules/shifts/ShiftPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

namespace fd::test {

// A site with units, the desk clerks 李娜 (li.na) and 赵敏 (zhao.min) and the night clerk 孙丽
// (sun.li), all with TestHost::UserPassword, and the Handover page signed in as 李娜.
class HandoverFixture : public ::testing::Test
{
protected:
    TestHost host;
    Services& s = host.services();
    Session liNa;
    Session zhaoMin;
    Session sunLi;
    qint64 desk = 0;
    qint64 controlRoom = 0;
    std::unique_ptr<ShiftPage> page;

    static QString pw() { return QString::fromLatin1(TestHost::UserPassword); }

    // What addShiftsPages gives the page, and what the page gives the printer.
    ShiftPage::Uses pageUses()
    {
        return {.shifts = s.shifts,
                .accounts = s.accounts,
                .rules = s.rules,
                .site = s.site,
                .clock = s.clock,
                .minuteTick = s.minuteTick,
                .changes = s.changes};
    }
    HandoverPrinter::Uses printerUses()
    {
        return {.shifts = s.shifts, .accounts = s.accounts, .rules = s.rules, .site = s.site, .clock = s.clock};
    }

    // The FakeClock's day (2026-11-23) at hh:mm local time.
    static QDateTime at(int hour, int minute, int day = 0)
    {
        return QDateTime(QDate(2026, 11, 23).addDays(day), QTime(hour, minute));
    }

    void SetUp() override
    {
        importSample(host);
        liNa = person(QStringLiteral("li.na"), QStringLiteral("李娜"));
        zhaoMin = person(QStringLiteral("zhao.min"), QStringLiteral("赵敏"));
        sunLi = person(QStringLiteral("sun.li"), QStringLiteral("孙丽"));
        const QList<Post> posts = s.shifts.posts().value();
        for (const Post& p : posts)
            (p.isControlRoom ? controlRoom : desk) = p.id;
        WorkstationPresence::rememberPost(desk); // this workstation is the desk's (R-SH-1)
        page = std::make_unique<ShiftPage>(pageUses());
        page->resize(1000, 640);
        page->setSession(liNa);
        page->show();
    }

    Session person(const QString& login, const QString& name, Role role = Role::Clerk)
    {
        EXPECT_TRUE(s.accounts.createUser(host.admin(), login, name, role, pw()).ok());
        return s.accounts.signIn(login, pw()).value();
    }

    qint64 unit(const QString& code)
    {
        auto found = s.registry.search(host.admin(), code, 1);
        EXPECT_TRUE(found.ok() && !found.value().isEmpty()) << code.toStdString();
        return found.ok() && !found.value().isEmpty() ? found.value().first().unit.id : 0;
    }

    Ticket ticket(const Session& who, const QString& unitCode, const QString& caller, const QString& what)
    {
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::WalkIn;
        r.unitId = unit(unitCode);
        r.personName = caller;
        r.description = what;
        auto t = s.tickets.open(who, r);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value() : Ticket{};
    }

    void startShift(const Session& who, qint64 post)
    {
        auto started = s.shifts.startShift(who, post);
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    }

    // The post the arriving person works at, as they choose it at their desk: the control room for
    // its operators, the (first) desk post for everyone else.
    qint64 postOf(const Session& who)
    {
        for (const Post& p : s.shifts.posts().value())
            if (p.isControlRoom == (who.user.role == Role::ControlRoom))
                return p.id;
        return 0;
    }

    // The whole handover through the engine: every line acknowledged, lines containing a key disputed.
    HandoverSheet handOver(const Session& leaving, const Session& arriving,
                           const QHash<QString, QString>& disputes = {}, const QString& notes = {})
    {
        const qint64 shift = s.shifts.currentShift(leaving.user.id).value()->id;
        const HandoverSheet draft = s.shifts.endShift(leaving, shift, notes).value();
        EXPECT_TRUE(s.shifts.signLeaving(leaving, draft.id, pw()).ok());
        QList<HandoverAnswer> answers;
        for (const HandoverItem& i : draft.items) {
            QString dispute;
            for (auto it = disputes.cbegin(); it != disputes.cend(); ++it)
                if (i.text.contains(it.key()))
                    dispute = it.value();
            answers << HandoverAnswer{i.id, dispute};
        }
        auto sealed = s.shifts.acceptByArriving(draft.id, arriving.user.login, pw(), answers, postOf(arriving));
        EXPECT_TRUE(sealed.ok()) << (sealed.ok() ? std::string() : sealed.error().message.toStdString());
        return sealed.ok() ? sealed.value() : HandoverSheet{};
    }

    // The dialog the page opened last.
    HandoverDialog* dialog()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed ones are gone
        const auto all = page->findChildren<HandoverDialog*>();
        EXPECT_FALSE(all.isEmpty()) << "no handover dialog open";
        return all.isEmpty() ? nullptr : all.last();
    }

    void click(QObject* parent, const char* name)
    {
        QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
    }

    void fill(QObject* parent, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(parent, name);
        edit->clear();
        type(edit, text);
    }

    QCheckBox* ack(QObject* dialog, qint64 itemId)
    {
        return dialog->findChild<QCheckBox*>(QStringLiteral("ackCheck_") + QString::number(itemId));
    }

    QLineEdit* dispute(QObject* dialog, qint64 itemId)
    {
        return dialog->findChild<QLineEdit*>(QStringLiteral("disputeEdit_") + QString::number(itemId));
    }

    // The text of a line's label: "itemError_", "itemDispute_" or "itemText_" and the line's id.
    static QString lineLabel(QObject* dialog, const QString& prefix, qint64 itemId)
    {
        const QString name = prefix + QString::number(itemId);
        auto* label = dialog->findChild<QLabel*>(name);
        EXPECT_NE(label, nullptr) << "no label " << name.toStdString();
        return label ? label->text() : QString();
    }

    // 李娜 ends her shift on the page and signs as the leaving person; the dialog waits for the arriving one.
    HandoverDialog* signedByLiNa(const QString& notes = {})
    {
        page->refresh();
        click(page.get(), "endShiftButton");
        HandoverDialog* d = dialog();
        if (!d)
            return nullptr;
        if (!notes.isEmpty())
            type(child<QWidget>(d, "notesEdit"), notes);
        fill(d, "leavingPasswordEdit", pw());
        click(d, "signLeavingButton");
        EXPECT_EQ(d->step(), HandoverDialog::Step::Arriving) << labelText(d, "leavingPasswordError").toStdString();
        return d;
    }

    HandoverSheet stored(HandoverDialog* d) { return s.shifts.sheet(d->sheetId()).value(); }
};

} // namespace fd::test
