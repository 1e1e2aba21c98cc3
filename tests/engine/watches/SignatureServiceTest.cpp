// Issue 5 "Signatures": a record that needs the customer's signature cannot be completed without
// one unless the clerk records why; what was given is kept as given, never changed.
#include "engine/watches/SignatureService.h"
#include "engine/tickets/TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class SignatureServiceTest : public TicketFixture
{
protected:
    void SetUp() override
    {
        TicketFixture::SetUp();
        m_signatures = std::make_unique<SignatureService>(*m_db, m_clock, *m_audit);
    }

    qint64 rows() { return m_db->scalar(u"SELECT COUNT(*) FROM signatures"_s).value().toLongLong(); }

    std::unique_ptr<SignatureService> m_signatures;
};

// R-PS-1, R-PS-3: the depositor / collector signs.
TEST_P(SignatureServiceTest, ASignatureFromThePadIsKeptAsDrawn)
{
    Signature s;
    s.signer = u"王伟"_s;
    s.image = QByteArray("\x89PNG strokes", 12);
    auto id = m_signatures->store(m_clerk, s);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto back = m_signatures->find(id.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().image, s.image);
    EXPECT_EQ(back.value().signer, u"王伟"_s);
    EXPECT_EQ(back.value().signedMs, m_clock.nowMs());
    EXPECT_TRUE(SignatureService::summary(back.value()).contains(u"王伟"_s));
    // Never changed afterwards.
    EXPECT_FALSE(m_db->exec(u"UPDATE signatures SET signer = 'x' WHERE id = ?"_s, {id.value()}).ok());
    EXPECT_FALSE(m_db->exec(u"DELETE FROM signatures WHERE id = ?"_s, {id.value()}).ok());
}

// R-PS-3: no signature and no reason → refused on the signature field, nothing written.
TEST_P(SignatureServiceTest, NoSignatureWithoutAReasonIsRefusedAndNothingIsWritten)
{
    Signature none;
    none.signer = u"王伟"_s;
    auto r = m_signatures->store(m_clerk, none);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"signature"_s);

    Signature refused = none;
    refused.waivedReason = QString::fromLatin1(Signature::Refused); // refused, but what did they say?
    r = m_signatures->store(m_clerk, refused);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"signature"_s);
    EXPECT_EQ(rows(), 0);

    refused.note = u"客户称赶时间，不愿签字"_s;
    ASSERT_TRUE(m_signatures->store(m_clerk, refused).ok());
    Signature paper = none;
    paper.waivedReason = QString::fromLatin1(Signature::OnPaper);
    auto onPaper = m_signatures->store(m_clerk, paper);
    ASSERT_TRUE(onPaper.ok());
    EXPECT_EQ(rows(), 2);
    EXPECT_EQ(m_signatures->find(onPaper.value()).value().waivedReason, QString::fromLatin1(Signature::OnPaper));
}

INSTANTIATE_TEST_SUITE_P(Backends, SignatureServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
