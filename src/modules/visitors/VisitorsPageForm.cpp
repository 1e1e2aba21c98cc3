// The check-in form of the visitors page (R-VS-1, R-VS-2): every field reachable by Alt+letter.
// Layout: ui/modules/visitors/VisitorsPageForm.ui.
#include "modules/visitors/VisitorsPage.h"

#include "modules/registry/UnitPickerWidget.h"
#include "modules/visitors/VisitorInstructionsWidget.h"
#include "modules/visitors/VisitorService.h"
#include "widgets/FormEdits.h"
#include "widgets/TabOrder.h"

#include "ui_VisitorsPageForm.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd {

QWidget* VisitorsPage::buildForm(RegistryService& registry)
{
    auto* box = new QWidget(this);
    Ui_VisitorsPage form;
    form.setupUi(box);
    heading(form.visitorFormHeading);
    QGridLayout* grid = form.visitorFormLayout;
    // The unit picker and the unit's instructions need the services, so they are made here and go
    // into the cells the layout leaves for them: beside their caption, under the resident.
    const auto rowOf = [grid](QWidget* w) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(grid->indexOf(w), &row, &column, &rowSpan, &columnSpan);
        return row;
    };

    m_name = form.visitorName;
    m_name->installEventFilter(this);
    m_errors.bind(u"name"_s, m_name, form.visitorNameError);
    m_suggestions = form.visitorSuggestions;
    m_suggestions->setMaximumHeight(m_suggestions->fontMetrics().lineSpacing() * 4 + 10);
    m_suggestions->hide();

    m_phone = form.visitorPhone;
    m_phone->installEventFilter(this);
    m_errors.bind(u"phone"_s, m_phone, form.visitorPhoneError);
    m_party = form.visitorParty;
    m_errors.bind(u"party_size"_s, m_party, form.visitorPartyError);

    m_unit = new UnitPickerWidget(registry, box);
    m_unit->setObjectName(u"visitorUnit"_s);
    grid->addWidget(m_unit, rowOf(form.visitorUnitCaption), 1);
    // QLabel moves the cursor only to a buddy that takes focus itself: the picker's text field.
    form.visitorUnitCaption->setBuddy(m_unit->edit());
    m_errors.bind(u"unit"_s, m_unit->edit(), form.visitorUnitError);

    m_host = form.visitorHost;
    m_instructions = new VisitorInstructionsWidget(m_visitors, m_clock, box);
    grid->addWidget(m_instructions, rowOf(m_host) + 1, 1);
    // Made after the form, the two would come last on Tab: they go back to where they stand.
    TabOrder::placeAfter(m_party, m_unit);
    TabOrder::placeAfter(m_host, m_instructions);

    m_purpose = form.visitorPurpose;
    m_errors.bind(u"purpose"_s, m_purpose, form.visitorPurposeError);
    m_plate = form.visitorPlate;

    m_confirmation = new QButtonGroup(this);
    m_confirmation->addButton(form.visitorAnswer_phone, static_cast<int>(VisitConfirmation::Phone));
    m_confirmation->addButton(form.visitorAnswer_pre_arranged, static_cast<int>(VisitConfirmation::PreArranged));
    m_confirmation->addButton(form.visitorAnswer_refused, static_cast<int>(VisitConfirmation::Refused));
    m_confirmation->button(static_cast<int>(VisitConfirmation::Phone))->setChecked(true);

    m_reason = form.visitorReason;
    m_errors.bind(u"refusal_reason"_s, m_reason, form.visitorReasonError);
    m_errors.setFallback(form.visitorFormError);
    QPushButton* clear = form.visitorClear;
    m_checkIn = form.visitorCheckIn;

    connect(m_checkIn, &QPushButton::clicked, this, &VisitorsPage::checkIn);
    connect(clear, &QPushButton::clicked, this, &VisitorsPage::clearForm);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &VisitorsPage::unitChanged);
    connect(m_name, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_phone, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_suggestions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { takeSuggestion(m_suggestions->row(item)); });
    connect(m_confirmation, &QButtonGroup::idToggled, this, &VisitorsPage::updateConfirmation);
    updateConfirmation();
    // "… checked in" was about the visitor before: typing the next one takes it away.
    FormEdits::watch(box, this, [this] { say({}); });
    return box;
}

} // namespace fd
