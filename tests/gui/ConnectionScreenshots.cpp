// Issue 16, for docs/screenshots (in Chinese): the connection dialog refusing a fingerprint that is
// not one, and the window's bar while the site's server cannot be reached.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "engine/SiteConnection.h"
#include "gui/ConnectionDialog.h"
#include "gui/MainWindow.h"
#include "support/Screenshots.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

TEST(ConnectionScreenshots, TheDialogSaysWhatIsWrongAtItsField)
{
    ConnectionSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = u"10.0.0.5"_s;
    spec.user = spec.database = u"frontdesk"_s;
    ConnectionDialog dialog(spec);
    dialog.show();
    type(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), u"Vq3xW9-kd2PzR7_mB4tL8sYe"_s);
    type(dialog.findChild<QLineEdit*>(u"fingerprintEdit"_s), u"54:FB:06:A2"_s);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(labelText(&dialog, "fingerprintError").isEmpty()) << "a short fingerprint is refused at its field";
    EXPECT_FALSE(Screenshots::save(&dialog, u"connection-dialog"_s).isEmpty());
}

TEST(ConnectionScreenshots, TheBarWhileTheServerCannotBeReached)
{
    TestHost host;
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    MainWindow window(host.services(), standardPages(), clerk, u"postgresql://frontdesk@10.0.0.5:5432/frontdesk"_s);
    window.resize(1280, 800);
    window.show();
    emit host.services().connection.wentOffline(QString()); // what the listener says when the server is gone
    auto* bar = window.findChild<QLabel*>(u"serverBanner"_s);
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_FALSE(Screenshots::save(&window, u"server-banner"_s).isEmpty());
    emit host.services().connection.backOnline();
    EXPECT_FALSE(bar->isVisible());
}

} // namespace
} // namespace fd::test
