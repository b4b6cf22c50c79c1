"""What each audience may see of the victim's data, and the shield that masks the rest in free text."""
