#pragma once

#include "core/Error.h"
#include "storage/ConnectionSpec.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionDialog;
}

namespace fd {

// Issue 16: how a desk is put on the site's PostgreSQL server (`frontdesk --connect`, or at start
// when the server refuses or cannot be reached). The IT person types what scripts/site-server
// printed: the server, its database and role, the password and the certificate's fingerprint.
// Connect pins the certificate (refused when the server shows another), tries the connection and,
// when it opens, keeps the password in ~/.pgpass (mode 0600) if asked and remembers the server as this
// computer's database. Each refusal shows next to its field: a wrong password, a server that cannot
// be reached, a certificate that is not the pinned one. The password is never logged.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `problem`: why the last try failed (shown at its field), if it did.
    explicit ConnectionDialog(const ConnectionSpec& initial, const std::optional<Error>& problem = std::nullopt,
                              QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // The server connected to, with the password typed (kept in memory for this run).
    [[nodiscard]] const ConnectionSpec& spec() const { return m_spec; }

public slots:
    void accept() override;

private:
    void showPinned();
    void showProblem(const Error& error);
    [[nodiscard]] ConnectionSpec fromFields() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    FormErrors m_errors;
    ConnectionSpec m_spec;
};

} // namespace fd
