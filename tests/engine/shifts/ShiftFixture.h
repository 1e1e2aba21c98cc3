#pragma once

#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/MorningReviewService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketFixture.h"

#include <QStringList>

namespace fd::test {

// TicketFixture plus the shift, control-room and review services, and the people of one night:
// the desk clerks, two control-room operators and a supervisor (password "user-pass-1" for all).
class ShiftFixture : public TicketFixture
{
protected:
    static constexpr const char* Password = "user-pass-1";

    void SetUp() override
    {
        TicketFixture::SetUp();
        m_shifts = std::make_unique<ShiftService>(*m_db, m_clock, *m_audit, *m_rules, *m_accounts);
        m_calls = std::make_unique<ControlRoomService>(*m_db, m_clock, *m_audit, *m_shifts, *m_tickets);
        m_shifts->addProvider(m_calls.get()); // unentered night calls are open lines of their post
        m_reviews = std::make_unique<MorningReviewService>(*m_db, m_clock, *m_audit, *m_shifts, *m_calls);
        m_evening = person(Role::Clerk, QStringLiteral("zhao.min"));
        m_morning = person(Role::Clerk, QStringLiteral("sun.li"));
        m_control = person(Role::ControlRoom, QStringLiteral("wang.kong"));
        m_control2 = person(Role::ControlRoom, QStringLiteral("liu.kong"));
        m_supervisor = person(Role::Supervisor, QStringLiteral("chen.zhu"));
        const QList<Post> posts = m_shifts->posts().value();
        for (const Post& p : posts)
            (p.isControlRoom ? m_controlPost : m_desk) = p.id;
    }

    static QString pw() { return QString::fromLatin1(Password); }

    void setTime(qint64 ms) { m_clock.set(QDateTime::fromMSecsSinceEpoch(ms)); }

    Shift start(const Session& who, qint64 post)
    {
        auto s = m_shifts->startShift(who, post);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return s.ok() ? s.value() : Shift{};
    }

    Shift openShiftOf(const Session& who)
    {
        auto s = m_shifts->currentShift(who.user.id);
        EXPECT_TRUE(s.ok() && s.value().has_value());
        return s.ok() && s.value() ? *s.value() : Shift{};
    }

    // Every line acknowledged; lines whose text contains a key of `disputes` disputed with its value.
    static QList<HandoverAnswer> answers(const HandoverSheet& sheet, const QHash<QString, QString>& disputes = {})
    {
        QList<HandoverAnswer> out;
        for (const HandoverItem& i : sheet.items) {
            QString dispute;
            for (auto it = disputes.cbegin(); it != disputes.cend(); ++it)
                if (i.text.contains(it.key()))
                    dispute = it.value();
            out << HandoverAnswer{i.id, dispute};
        }
        return out;
    }

    // The whole handover at the clock's time: draft, leaving signature, arriving signature and seal.
    HandoverSheet handOver(const Session& leaving, const Session& arriving,
                           const QHash<QString, QString>& disputes = {})
    {
        auto draft = m_shifts->endShift(leaving, openShiftOf(leaving).id, QStringLiteral("无特殊情况"));
        EXPECT_TRUE(draft.ok()) << (draft.ok() ? std::string() : draft.error().message.toStdString());
        if (!draft.ok())
            return {};
        auto signedSheet = m_shifts->signLeaving(leaving, draft.value().id, pw());
        EXPECT_TRUE(signedSheet.ok());
        auto sealed =
            m_shifts->acceptByArriving(draft.value().id, arriving.user.login, pw(), answers(draft.value(), disputes),
                                       postOf(arriving));
        EXPECT_TRUE(sealed.ok()) << (sealed.ok() ? std::string() : sealed.error().message.toStdString());
        return sealed.ok() ? sealed.value() : HandoverSheet{};
    }

    // The post the arriving person works at, as chosen at their desk: the control room for its
    // operators, the desk for everyone else (the service never infers it).
    qint64 postOf(const Session& who) const { return who.user.role == Role::ControlRoom ? m_controlPost : m_desk; }

    QList<qint64> ticketLines(const HandoverSheet& sheet) const
    {
        QList<qint64> ids;
        for (const HandoverItem& i : sheet.items)
            if (i.kind == HandoverItemKind::Ticket)
                ids << i.refId;
        return ids;
    }

    void expectAuditIntact()
    {
        auto v = m_audit->verify();
        ASSERT_TRUE(v.ok());
        EXPECT_TRUE(v.value().ok) << v.value().reason.toStdString();
    }

    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<ControlRoomService> m_calls;
    std::unique_ptr<MorningReviewService> m_reviews;
    Session m_evening;
    Session m_morning;
    Session m_control;
    Session m_control2;
    Session m_supervisor;
    qint64 m_desk = 0;
    qint64 m_controlPost = 0;
};

} // namespace fd::test
