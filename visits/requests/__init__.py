"""What visitors send: the class-visit and event-enquiry form pages, their forms, the stored
submissions with their notifications and exports. Builds on the offers."""
