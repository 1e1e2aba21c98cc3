#include "modules/registry/ResidentDialog.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "modules/registry/RegistryDisplay.h"
#include "modules/registry/RegistryService.h"
#include "widgets/ReloadAndApply.h"

#include "ui_ResidentDialog.h"

#include <QDateTime>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

ResidentDialog::ResidentDialog(RegistryService& registry, const Session& session, const Clock& clock, Mode mode,
                               qint64 unitId, const Resident& resident, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResidentDialog>()), m_registry(registry), m_session(session),
      m_mode(mode), m_unitId(unitId), m_resident(resident), m_shown(resident)
{
    m_ui->setupUi(this);
    setObjectName(u"residentDialog"_s);
    for (ResidentRelation r : {ResidentRelation::Owner, ResidentRelation::Tenant})
        m_ui->residentRelationCombo->addItem(RegistryDisplay::relationName(r), static_cast<int>(r));
    m_errors.bind(u"name"_s, m_ui->residentNameEdit, m_ui->residentNameError);
    m_errors.bind(u"phones"_s, m_ui->residentPhonesEdit, m_ui->residentPhonesError);
    m_errors.bind(u"movedOut"_s, m_ui->residentMovedOutEdit, m_ui->residentMovedOutError);
    m_errors.setFallback(m_ui->residentFormError);
    for (QLabel* label :
         {m_ui->residentNameError, m_ui->residentPhonesError, m_ui->residentMovedOutError, m_ui->residentFormError})
        FormErrors::style(label);

    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date();
    m_ui->residentMovedOutEdit->setDate(today);
    m_ui->residentMovedOutEdit->setMaximumDate(today);
    if (mode != Mode::Add) {
        m_ui->residentNameEdit->setText(resident.name);
        m_ui->residentRelationCombo->setCurrentIndex(
            m_ui->residentRelationCombo->findData(static_cast<int>(resident.relation)));
        m_ui->residentPhonesEdit->setText(resident.phones.join(u", "_s));
    }
    const bool moving = mode == Mode::MoveOut;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->residentNameEdit), static_cast<QWidget*>(m_ui->residentPhonesEdit),
                       static_cast<QWidget*>(m_ui->residentRelationCombo)})
        w->setEnabled(!moving);
    m_ui->movedOutCaption->setVisible(moving);
    m_ui->residentMovedOutEdit->setVisible(moving);
    setWindowTitle(mode == Mode::Add    ? tr("Add a resident")
                   : mode == Mode::Edit ? tr("Correct %1").arg(resident.name)
                                        : tr("%1 moves out").arg(resident.name));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(moving ? tr("Record the move-out") : tr("Save"));
    // Refused because another desk corrected the resident meanwhile: read them again and save what
    // is typed here on what they are now.
    m_reload = new ReloadAndApply(
        m_ui->reloadButton,
        [this] {
            auto current = m_registry.resident(m_session, m_resident.id);
            if (!current)
                return false;
            m_resident = current.value();
            return true;
        },
        [this] { accept(); }, this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (moving ? static_cast<QWidget*>(m_ui->residentMovedOutEdit) : m_ui->residentNameEdit)->setFocus();
}

ResidentDialog::~ResidentDialog() = default;

void ResidentDialog::accept()
{
    m_errors.clear();
    Result<Resident> done = Error{};
    if (m_mode == Mode::MoveOut) {
        // The day they left, at the start of that day (today: now, so it is never in the future).
        const QDate day = m_ui->residentMovedOutEdit->date();
        const QDateTime start(day, QTime(0, 0));
        done = m_registry.endResident(m_session, m_resident.id, start.toMSecsSinceEpoch());
    } else {
        ResidentChange change = changeFromForm();
        if (m_mode == Mode::Edit)
            change.seen = m_resident; // what this form read
        done = m_mode == Mode::Add ? m_registry.addResident(m_session, m_unitId, change)
                                   : m_registry.editResident(m_session, m_resident.id, change);
    }
    if (!done) {
        m_errors.show(done.error());
        m_reload->offer(done.error());
        return;
    }
    m_saved = done.value();
    QDialog::accept();
}

ResidentChange ResidentDialog::changeFromForm() const
{
    ResidentChange typed;
    typed.name = m_ui->residentNameEdit->text();
    typed.relation = static_cast<ResidentRelation>(m_ui->residentRelationCombo->currentData().toInt());
    typed.phones = m_ui->residentPhonesEdit->text().split(QRegularExpression(u"[,，;；、\\n]+"_s), Qt::SkipEmptyParts);
    const bool readAgain = m_resident.name != m_shown.name || m_resident.relation != m_shown.relation ||
                           m_resident.phones != m_shown.phones;
    if (m_mode != Mode::Edit || !readAgain)
        return typed; // as typed: the service checks and normalises it
    ResidentChange merged;
    merged.name = typed.name.simplified() != m_shown.name ? typed.name : m_resident.name;
    merged.relation = typed.relation != m_shown.relation ? typed.relation : m_resident.relation;
    QStringList kept; // normalised, for comparing with what was shown (bad input stays as typed)
    for (const QString& phone : std::as_const(typed.phones))
        kept << (PhoneNumber::isValid(phone) ? PhoneNumber::normalize(phone) : phone);
    for (const QString& phone : m_resident.phones)
        if (kept.contains(phone) || !m_shown.phones.contains(phone)) // not removed here
            merged.phones << phone;
    for (const QString& phone : std::as_const(kept))
        if (!m_shown.phones.contains(phone) && !merged.phones.contains(phone)) // added here
            merged.phones << phone;
    return merged;
}

} // namespace fd
