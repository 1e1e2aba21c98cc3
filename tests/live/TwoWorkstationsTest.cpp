// Issue 16: the control room on its own computer. The evening handover from the lobby desk to the
// control room, the night's calls and the morning's 补单 (R-RP-5), between two workstations: this
// process is the lobby desk, a second process (live_control_room) is the control room's computer;
// each hears the other's saves within a second.
#include "LiveDesks.h"

#include "../gui/NightShiftSetup.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

// The control room's computer: a process driven line by line (ControlRoomDesk.cpp).
class ControlRoomComputer
{
public:
    explicit ControlRoomComputer(const QString& address)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(FD_CONTROL_ROOM_DESK), {address});
    }
    ~ControlRoomComputer()
    {
        send(u"quit"_s);
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    void send(const QString& line)
    {
        m_process.write((line + u'\n').toUtf8());
        m_process.waitForBytesWritten(1000);
    }

    // The first line (read now or within `timeoutMs`) that starts with `prefix`; empty when none came.
    QString waitFor(const QString& prefix, int timeoutMs = 10'000)
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            while (m_process.canReadLine())
                m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
            for (qsizetype i = 0; i < m_lines.size(); ++i)
                if (m_lines.at(i).startsWith(prefix))
                    return m_lines.takeAt(i);
            const qint64 left = timeoutMs - waited.elapsed();
            if (left <= 0 || !m_process.waitForReadyRead(int(left)))
                return {};
        }
    }

private:
    QProcess m_process;
    QStringList m_lines;
};

class TwoWorkstationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!TestDatabase::postgresRequested())
            GTEST_SKIP() << "two workstations share a PostgreSQL server: set FRONTDESK_TEST_PG";
        host = std::make_unique<TestHost>(u"postgres"_s);
        host->clock().set(QDateTime::currentDateTime()); // the other computer runs on the real clock
        night = std::make_unique<NightShiftSetup>(*host);
        LiveDesks::listen(host->services());
    }

    // Waits up to a second for this desk's feed to bring kind/id/action from the other computer.
    bool heardHere(QSignalSpy& spy, const QString& kind, qint64 id, const QString& action)
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            for (const QList<QVariant>& call : spy)
                for (const Change& c : call.at(0).value<QList<Change>>())
                    if (c.kind == kind && c.id == id && c.action == action)
                        return true;
            if (waited.elapsed() >= 1000)
                return false;
            spy.wait(50);
        }
    }

    std::unique_ptr<TestHost> host;
    std::unique_ptr<NightShiftSetup> night;
};

TEST_F(TwoWorkstationsTest, TheEveningHandoverTheNightsCallsAndTheMorningsEntriesWorkBetweenTwoComputers)
{
    ShiftService& shifts = host->services().shifts;
    const QString password = QString::fromLatin1(TestHost::UserPassword);
    ControlRoomComputer controlRoom(host->spec().display());
    ASSERT_FALSE(controlRoom.waitFor(u"listening"_s).isEmpty()) << "the control room's computer did not start";
    controlRoom.send(u"signin wang.kong"_s);
    ASSERT_FALSE(controlRoom.waitFor(u"signed in"_s).isEmpty());
    QSignalSpy lobbyHears(&host->services().changes, &ChangeFeed::changed);

    // Evening: the lobby's clerk ends the shift and signs the sheet; the control room's computer hears it.
    night->start(night->evening, night->desk);
    auto shift = shifts.currentShift(night->evening.user.id);
    ASSERT_TRUE(shift.ok() && shift.value().has_value());
    auto draft = shifts.endShift(night->evening, shift.value()->id, u"前台无遗留"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    ASSERT_TRUE(shifts.signLeaving(night->evening, draft.value().id, password).ok());
    const QString evening = QString::number(draft.value().id);
    EXPECT_FALSE(controlRoom.waitFor(u"heard handover_sheet %1 signed_leaving"_s.arg(evening), 1000).isEmpty())
        << "the control room did not hear of the signed sheet within a second";

    // The operator takes over on the control room's computer; the lobby desk hears the sheet sealed.
    controlRoom.send(u"accept "_s + evening);
    ASSERT_EQ(controlRoom.waitFor(u"sealed"_s), u"sealed "_s + evening);
    EXPECT_TRUE(heardHere(lobbyHears, u"handover_sheet"_s, draft.value().id, u"sealed"_s));
    EXPECT_EQ(shifts.sheet(draft.value().id).value().status, HandoverStatus::Sealed);

    // The night: a call taken in the control room shows at the lobby desk within a second.
    controlRoom.send(u"call 13800001111 %1 张三 卫生间漏水，已派工程值班"_s.arg(night->unit502));
    const QString callLine = controlRoom.waitFor(u"call "_s);
    ASSERT_FALSE(callLine.isEmpty()) << controlRoom.waitFor(u"error"_s, 100).toStdString();
    const qint64 callId = callLine.section(u' ', 1, 1).toLongLong();
    EXPECT_TRUE(heardHere(lobbyHears, u"control_room_call"_s, callId, u"taken"_s));
    auto pending = host->services().controlRoom.pendingCalls();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending.value().size(), 1);
    EXPECT_EQ(pending.value().first().id, callId);

    // Morning (this desk's clock moves on; the other computer's is the real one): the control room
    // hands back to the morning clerk at the lobby desk…
    host->clock().set(QDateTime::currentDateTime().addSecs(10 * 60));
    controlRoom.send(u"end"_s);
    const QString signedLine = controlRoom.waitFor(u"signed "_s);
    ASSERT_FALSE(signedLine.isEmpty()) << controlRoom.waitFor(u"error"_s, 100).toStdString();
    const qint64 morningSheet = signedLine.section(u' ', 1, 1).toLongLong();
    EXPECT_TRUE(heardHere(lobbyHears, u"handover_sheet"_s, morningSheet, u"signed_leaving"_s));
    auto sheet = shifts.sheet(morningSheet);
    ASSERT_TRUE(sheet.ok());
    bool listsTheCall = false;
    QList<HandoverAnswer> answers;
    for (const HandoverItem& i : sheet.value().items) {
        answers << HandoverAnswer{i.id, {}};
        listsTheCall = listsTheCall || i.text.contains(u"卫生间漏水"_s);
    }
    EXPECT_TRUE(listsTheCall) << "the unentered night call is on the morning's sheet (R-SH-2)";
    auto sealed = shifts.acceptByArriving(morningSheet, night->morning.user.login, password, answers, night->desk);
    ASSERT_TRUE(sealed.ok()) << sealed.error().message.toStdString();
    EXPECT_FALSE(controlRoom.waitFor(u"heard handover_sheet %1 sealed"_s.arg(morningSheet), 1000).isEmpty());

    // …who enters the night's call (补单, R-RP-5): the ticket is the operator's, with the call's time.
    auto entered = host->services().controlRoom.enterAsTicket(night->morning, callId, TicketKind::Repair, u"水路"_s);
    ASSERT_TRUE(entered.ok()) << entered.error().message.toStdString();
    EXPECT_TRUE(entered.value().retroactive);
    EXPECT_EQ(entered.value().createdBy, night->control.user.id);
    EXPECT_FALSE(controlRoom.waitFor(u"heard control_room_call %1 entered"_s.arg(callId), 1000).isEmpty())
        << "the control room did not hear of the entry within a second";
    EXPECT_TRUE(host->services().controlRoom.pendingCalls().value().isEmpty());
}

} // namespace

} // namespace fd::test
