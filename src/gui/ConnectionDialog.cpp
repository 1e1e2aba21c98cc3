#include "gui/ConnectionDialog.h"

#include "storage/Database.h"
#include "storage/PgPass.h"
#include "storage/ServerTrust.h"
#include "ui_ConnectionDialog.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fd {

ConnectionDialog::ConnectionDialog(const ConnectionSpec& initial, const std::optional<Error>& problem, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_spec(initial)
{
    m_ui->setupUi(this);
    setObjectName(u"connectionDialog"_s);
    m_ui->introLabel->setText(
        tr("Type what scripts/site-server printed on the site's server. The password is asked once and, if you "
           "let it, kept in ~/.pgpass where only you can read it; the fingerprint makes sure this computer talks "
           "to your site's server and no other."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->hostEdit->setPlaceholderText(u"192.168.1.10"_s);
    m_ui->fingerprintEdit->setPlaceholderText(u"3F:A1:…"_s);
    m_errors.bind(u"host"_s, m_ui->hostEdit, m_ui->hostError);
    m_errors.bind(u"database"_s, m_ui->databaseEdit, m_ui->databaseError);
    m_errors.bind(u"user"_s, m_ui->userEdit, m_ui->userError);
    m_errors.bind(u"password"_s, m_ui->passwordEdit, m_ui->passwordError);
    m_errors.bind(u"fingerprint"_s, m_ui->fingerprintEdit, m_ui->fingerprintError);
    m_errors.setFallback(m_ui->formError);
    for (QLabel* label : {m_ui->hostError, m_ui->databaseError, m_ui->userError, m_ui->passwordError,
                          m_ui->fingerprintError, m_ui->formError, m_ui->portError})
        FormErrors::style(label);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &ConnectionDialog::showPinned);
    connect(m_ui->portEdit, &QSpinBox::valueChanged, this, &ConnectionDialog::showPinned);

    if (initial.backend == Backend::Postgres) {
        m_ui->hostEdit->setText(initial.host);
        m_ui->portEdit->setValue(initial.port);
        m_ui->databaseEdit->setText(initial.database);
        m_ui->userEdit->setText(initial.user);
        m_ui->passwordEdit->setText(initial.password); // typed before this try; never saved unasked
    } else {
        m_ui->databaseEdit->setText(u"frontdesk"_s);
        m_ui->userEdit->setText(u"frontdesk"_s);
    }
    showPinned();
    resize(width(), sizeHint().height());
    m_ui->hostEdit->setFocus();
    if (problem)
        showProblem(*problem);
}

ConnectionDialog::~ConnectionDialog() = default;

ConnectionSpec ConnectionDialog::fromFields() const
{
    ConnectionSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = m_ui->hostEdit->text().trimmed();
    spec.port = m_ui->portEdit->value();
    spec.database = m_ui->databaseEdit->text().trimmed();
    spec.user = m_ui->userEdit->text().trimmed();
    spec.password = m_ui->passwordEdit->text();
    return spec;
}

void ConnectionDialog::showPinned()
{
    const ConnectionSpec spec = fromFields();
    if (spec.host.isEmpty()) {
        m_ui->pinnedLabel->clear();
        return;
    }
    const QString pinned = ServerTrust::pinnedCertificate(spec.host, spec.port);
    if (!pinned.isEmpty())
        m_ui->pinnedLabel->setText(
            tr("This computer has pinned this server's certificate; type a fingerprint only to pin a new one."));
    else if (spec.isLoopback())
        m_ui->pinnedLabel->setText(tr("The server runs on this computer: no fingerprint is needed."));
    else
        m_ui->pinnedLabel->setText(tr("Not pinned yet: type the fingerprint the server's set-up printed."));
}

void ConnectionDialog::showProblem(const Error& error)
{
    // Database names a connection's refusal by what went wrong; each shows at the field to correct.
    Error shown = error;
    if (error.code == u"db.unreachable"_s || error.code == u"trust.unreachable"_s || error.code == u"trust.notls"_s)
        shown.field = u"host"_s;
    else if (error.code == u"db.password"_s || error.code == u"db.password_needed"_s)
        shown.field = u"password"_s;
    else if (error.code == u"db.certificate"_s || error.code == u"db.unpinned"_s || error.code.startsWith(u"trust."_s))
        shown.field = u"fingerprint"_s;
    else if (error.code == u"db.nodatabase"_s)
        shown.field = u"database"_s;
    else if (error.code == u"db.refused"_s)
        shown.field = u"user"_s;
    else if (error.code.startsWith(u"db."_s))
        shown.field.clear(); // the line above the buttons
    m_errors.show(shown);
    resize(width(), qMax(height(), sizeHint().height())); // room for the message under its field
}

void ConnectionDialog::accept()
{
    m_errors.clear();
    ConnectionSpec spec = fromFields();
    if (spec.host.isEmpty())
        return showProblem(Error{u"connection.host"_s, tr("Type the server's address."), u"host"_s});
    if (spec.database.isEmpty())
        return showProblem(Error{u"connection.database"_s, tr("Type the database's name."), u"database"_s});
    if (spec.user.isEmpty())
        return showProblem(Error{u"connection.user"_s, tr("Type the user (the role) to connect as."), u"user"_s});
    const QString fingerprint = m_ui->fingerprintEdit->text().trimmed();
    if (!fingerprint.isEmpty()) {
        auto pinned = ServerTrust::pin(spec.host, spec.port, fingerprint);
        if (!pinned)
            return showProblem(pinned.error());
        showPinned();
    }
    auto opened = Database::open(spec, Database::OpenMode::MustExist);
    if (!opened) {
        if (opened.error().code == u"db.password"_s)
            m_ui->passwordEdit->clear();
        return showProblem(opened.error());
    }
    opened.value().reset();
    if (m_ui->rememberCheck->isChecked() && !spec.password.isEmpty())
        if (Status saved = PgPass::save(spec, spec.password); !saved)
            return showProblem(saved.error());
    QSettings().setValue(u"database/address"_s, spec.address());
    m_spec = spec;
    QDialog::accept();
}

} // namespace fd
